// node:process
import { process } from "internal:process";

export default process;
export const { argv, env, platform, arch, pid, version, versions, execPath, stdout, stderr } = process;
export const cwd = (...args) => process.cwd(...args);
export const exit = (...args) => process.exit(...args);
export const nextTick = (...args) => process.nextTick(...args);
export const hrtime = process.hrtime;
export const memoryUsage = process.memoryUsage;
export const uptime = (...args) => process.uptime(...args);
export const emitWarning = (...args) => process.emitWarning(...args);
export const on = (...args) => process.on(...args);
export const once = (...args) => process.once(...args);
export const off = (...args) => process.off(...args);
export const emit = (...args) => process.emit(...args);
export const kill = (...args) => process.kill(...args);
export const chdir = (...args) => process.chdir(...args);
