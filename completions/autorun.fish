complete -c autorun -s f -l file -d 'Use this tasks file instead of the nearest tasks.js or tasks.mjs' -r -F
complete -c autorun -s j -l jobs -d 'Run at most N tasks at once [default: number of CPUs]' -r
complete -c autorun -l color -d 'When to use colours' -r -f -a "auto\t''
always\t''
never\t''"
complete -c autorun -l watch-path -d 'With --watch: also watch PATH (repeatable)' -r -F
complete -c autorun -l ignore -d 'With --watch: ignore changes to paths matching GLOB (repeatable)' -r
complete -c autorun -l debounce -d 'With --watch: wait for MS milliseconds of quiet before a run' -r
complete -c autorun -l on-busy -d 'With --watch: what a change does while tasks run' -r -f -a "restart\t'Cancel the running tasks and start again'
queue\t'Let the run finish, then run once more'
ignore\t'Drop changes that arrive while tasks run'"
complete -c autorun -l poll -d 'With --watch: poll every MS milliseconds instead of using OS events (network filesystems)' -r
complete -c autorun -s e -l eval -d 'Evaluate CODE (a script; a module when it uses import/export)' -r
complete -c autorun -s p -l print -d 'Evaluate CODE and print the result' -r
complete -c autorun -l completions -d 'Print a completion script for SHELL to stdout' -r -f -a "bash\t''
zsh\t''
fish\t''
elvish\t''
powershell\t''"
complete -c autorun -s l -l list -d 'List the tasks (descriptions, default marked) and exit'
complete -c autorun -l json -d 'With --list: print the tasks as JSON'
complete -c autorun -s k -l keep-going -d 'After a failure, keep running every task that does not depend on it'
complete -c autorun -s n -l dry-run -d 'Print the tasks that would run, in order, and run none'
complete -c autorun -l ci -d 'Plain status lines for CI logs (also when CI is set or stderr is not a terminal)'
complete -c autorun -s q -l quiet -d 'Print only errors'
complete -c autorun -s v -l verbose -d 'Print more about what runs'
complete -c autorun -s w -l watch -d 'Run the tasks, then again whenever their sources change'
complete -c autorun -l clear -d 'With --watch: clear the screen before each run'
complete -c autorun -l init -d 'Write a starter tasks.js and editor type definitions here'
complete -c autorun -s h -l help -d 'Print help (see more with \'--help\')'
complete -c autorun -s V -l version -d 'Print version'
complete -c autorun -a '(autorun --list --json 2>/dev/null | sed -n \'s/^    "name": "\(.*\)",$/\1/p\')'
