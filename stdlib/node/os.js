// node:os
import { op_os_info, op_os_cpus } from "autorun:internal";
import { process } from "internal:process";

export const EOL = "\n";
export const devNull = "/dev/null";
export const platform = () => process.platform;
export const arch = () => process.arch;
export const type = () => op_os_info().type;
export const release = () => op_os_info().release;
export const version = () => op_os_info().version;
export const machine = () => op_os_info().machine;
export const hostname = () => op_os_info().hostname;
export const homedir = () => process.env.HOME || op_os_info().homedir;
export const tmpdir = () => op_os_info().tmpdir;
export const totalmem = () => op_os_info().totalmem;
export const freemem = () => op_os_info().freemem;
export const uptime = () => op_os_info().uptime;
export const loadavg = () => op_os_info().loadavg;
export const endianness = () => "LE";
export const availableParallelism = () => op_os_cpus().length;
export function cpus() {
  return op_os_cpus().map(({ model, speed }) => ({
    model,
    speed,
    times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 },
  }));
}
export function userInfo() {
  const env = process.env;
  return {
    uid: -1,
    gid: -1,
    username: env.USER || env.LOGNAME || "",
    homedir: homedir(),
    shell: env.SHELL || null,
  };
}
export const constants = Object.freeze({
  signals: Object.freeze({ SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15, SIGUSR1: 10, SIGUSR2: 12 }),
  errno: Object.freeze({}),
});

export default {
  EOL, devNull, platform, arch, type, release, version, machine, hostname, homedir, tmpdir,
  totalmem, freemem, uptime, loadavg, endianness, availableParallelism, cpus, userInfo, constants,
};
