using HydraEngine.Cli.Commands;

// Installed plugins (one folder each under the data folder's plugins/) are loaded once and shared by every engine a command opens.
return await CliRoot.Create(CliEnvironment.LoadInstalled()).Parse(args).InvokeAsync(CliRoot.Invocation());
