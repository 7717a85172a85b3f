complete --keep-order --exclusive --command authz --arguments "(COMPLETE=fish authz -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
