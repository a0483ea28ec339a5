using System.CommandLine;
using HydraEngine.Cli.Commands;
using HydraEngine.Cli.Commands.Demo;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.Cli.Tests.Commands.Downloads.Support;

/// <summary>A temporary database with the booru's downloader imported, and `hydra …` run in-process against it.</summary>
public sealed class CliDatabase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-cli-downloads-").FullName;

    public CliDatabase(BooruServer booru)
        : this(booru.Server.Domain)
    {
    }

    /// <summary>The booru's downloader for <paramref name="domain"/> ("127.0.0.1:PORT"), e.g. a port where nothing listens.</summary>
    public CliDatabase(string domain) => CliDatabaseImport.Downloader(Path, domain);

    public string Path => System.IO.Path.Combine(folder, "hydra.db");

    /// <summary>Runs <c>hydra ARGS --db PATH</c> through the real root command.</summary>
    public async Task<CliResult> RunAsync(params string[] args) => await RunAsync(CancellationToken.None, args);

    public async Task<CliResult> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        var code = await CliRoot.Create().Parse([.. args, "--db", Path]).InvokeAsync(configuration, cancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>How many files the store holds.</summary>
    public int StoredFiles()
    {
        using var store = HydraStore.Open(StoreLocation.FromOption(Path));
        return store.Search("system:everything").Count;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

/// <summary>The fixture booru's downloader imported into a database, for the booru at <c>domain</c> ("127.0.0.1:PORT").</summary>
public static class CliDatabaseImport
{
    public static void Downloader(string databasePath, string domain) => DemoDownloader.Import(databasePath, DemoDownloader.Load(domain));
}

/// <summary>A command's exit code and what it wrote.</summary>
public sealed record CliResult(int Code, string Output, string Error)
{
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The last line of stdout, parsed as JSON.</summary>
    public System.Text.Json.Nodes.JsonObject LastJson => System.Text.Json.Nodes.JsonNode.Parse(Lines[^1])!.AsObject();

    public override string ToString() => $"exit {Code}\n--- stdout\n{Output}--- stderr\n{Error}";
}
