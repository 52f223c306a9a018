# Settings with comments are not plain JSON: init leaves them alone and says what to add.
mkdir -p .vscode
printf '{\n  // mine\n  "editor.tabSize": 2\n}\n' > .vscode/settings.json
