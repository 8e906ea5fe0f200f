complete -c autorun -s e -l eval -d 'Evaluate CODE (a script; a module when it uses import/export)' -r
complete -c autorun -s p -l print -d 'Evaluate CODE and print the result' -r
complete -c autorun -l completions -d 'Print a completion script for SHELL to stdout' -r -f -a "bash\t''
zsh\t''
fish\t''
elvish\t''
powershell\t''"
complete -c autorun -s h -l help -d 'Print help'
complete -c autorun -s V -l version -d 'Print version'
