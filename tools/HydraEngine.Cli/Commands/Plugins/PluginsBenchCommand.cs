using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands.Plugins;

/// <summary>
/// <c>hydra plugins bench --source DIR [--count 20]</c> (hidden): copies one built plugin folder COUNT times under
/// fresh ids and times <see cref="PluginHost.Load(PluginHostOptions)"/>: first an empty plugins folder (the host's
/// own start), then the COUNT plugins cold (first in this process), then again warm.
/// </summary>
internal static class PluginsBenchCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "A built plugin folder (with its plugin.json) to copy.", Required = true };
        var count = new Option<int>("--count") { Description = "How many copies to load.", DefaultValueFactory = _ => 20 };
        var command = new Command("bench", "Measure how long loading many plugins takes.") { source, count };
        command.Hidden = true;
        command.SetAction(parseResult => PluginCommandRunner.Run(parseResult, output => Run(parseResult.GetValue(source)!, parseResult.GetValue(count), output)));
        return command;
    }

    public static int Run(string source, int count, TextWriter output)
    {
        var root = Directory.CreateTempSubdirectory("hydra-plugin-bench-").FullName;
        try
        {
            var empty = new PluginHostOptions(Path.Combine(root, "empty", "plugins"));
            var many = new PluginHostOptions(Path.Combine(root, "many", "plugins"));
            Directory.CreateDirectory(empty.PluginsFolder);
            CopyUnderNewIds(source, many.PluginsFolder, count);
            var (emptyTime, _) = Time(empty);
            var (coldTime, loaded) = Time(many);
            var (warmTime, _) = Time(many);
            output.WriteLine($"empty plugins folder: {emptyTime:0.0} ms (the host's own first load in this process)");
            output.WriteLine($"{count} plugins: {coldTime:0.0} ms cold (first in this process), {warmTime:0.0} ms warm; {loaded} of {count} enabled");
            output.WriteLine($"added by {count} plugins at start-up: {coldTime - emptyTime:0.0} ms");
            return loaded == count ? 0 : PluginCommandRunner.Failed;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (double Milliseconds, int Enabled) Time(PluginHostOptions options)
    {
        var clock = Stopwatch.StartNew();
        var host = PluginHost.Load(options);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        return (elapsed, host.Plugins.Count(plugin => plugin.State == PluginState.Enabled));
    }

    private static void CopyUnderNewIds(string source, string pluginsFolder, int count)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "plugin.json")))!.AsObject();
        var id = (string)manifest["id"]!;
        for (var n = 1; n <= count; n++)
        {
            var copyId = $"{id}.Bench{n:00}";
            var target = Directory.CreateDirectory(Path.Combine(pluginsFolder, copyId)).FullName;
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            manifest["id"] = copyId;
            File.WriteAllText(Path.Combine(target, "plugin.json"), manifest.ToJsonString());
        }
    }
}
