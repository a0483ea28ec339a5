using HydraEngine.Cli.Commands;
using HydraEngine.Cli.Commands.Profiling;
using HydraEngine.Database;

// Installed plugins (one folder each under the data folder's plugins/) are loaded once and shared by every engine a command opens.
var environment = CliEnvironment.LoadInstalled();
var parsed = CliRoot.Create(environment).Parse(args);
if (!parsed.GetValue(CliRoot.Profile))
{
    return await parsed.InvokeAsync(CliRoot.Invocation());
}

var sql = new SqlProfile();
return await CommandProfiler.RunAsync(CliRoot.Create(environment.Profiled(sql)).Parse(args), sql, args, Console.Error);
