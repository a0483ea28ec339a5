using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace HydraEngine.Benchmarks;

/// <summary>
/// hydrus itself, run by Debian's python3 through <c>oracle/hydrus_bench.py</c> (which imports hydrus from
/// <c>../shared/peers/hydrus</c> with <c>../shared/oracle/hydrus_env.py</c>'s headless set-up): a fresh process per
/// cold parse, and one long-lived process for warm figures.
/// </summary>
internal sealed class HydrusOracle(string python, string script, string oracleFolder, string hydrusFolder, string corpus)
{
    /// <summary>hydrus's side, found beside the corpus (<c>CORPUS/../oracle</c>, <c>CORPUS/../peers/hydrus</c>), or why not.</summary>
    public static HydrusOracle? Find(string corpus, BenchOptions options, out string? missing)
    {
        var shared = Path.GetDirectoryName(Path.GetFullPath(corpus.TrimEnd('/')))!;
        var oracle = options.Text("oracle") ?? Path.Combine(shared, "oracle");
        var hydrus = options.Text("hydrus") ?? Path.Combine(shared, "peers", "hydrus");
        var python = options.Text("python") ?? "/usr/bin/python3";
        var script = Path.Combine(AppContext.BaseDirectory, "oracle", "hydrus_bench.py");
        missing = !File.Exists(Path.Combine(oracle, "hydrus_env.py")) ? $"the oracle is not at {oracle} (--oracle DIR)"
            : !Directory.Exists(Path.Combine(hydrus, "hydrus")) ? $"hydrus is not at {hydrus} (--hydrus DIR)"
            : !File.Exists(python) ? $"{python} is missing (--python PATH; hydrus needs Debian's python3 and its packages, see ../shared/oracle/README.md)"
            : null;
        return missing is null ? new HydrusOracle(python, script, oracle, hydrus, corpus) : null;
    }

    /// <summary>A fresh python3 process that imports hydrus, loads the pair's parser, parses the page once and exits: wall ms, process start included.</summary>
    public ProcessTiming ParseOnce(CorpusPair pair) =>
        ProcessTiming.Run(python, [script, oracleFolder, hydrusFolder, corpus, "once", pair.Name], environment: []);

    public Server Start() => new(Process.Start(Info("serve"))!);

    private ProcessStartInfo Info(string mode)
    {
        var info = new ProcessStartInfo(python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, oracleFolder, hydrusFolder, corpus, mode })
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>The long-lived hydrus process: requests go in one line at a time, timings come back as one JSON line.</summary>
    internal sealed class Server : IDisposable
    {
        /// <summary>Answers start with this; other lines on hydrus's stdout are its imports talking.</summary>
        private const string AnswerMarker = "@@ ";
        private readonly Process process;

        public Server(Process process)
        {
            this.process = process;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            Ask(null);
        }

        /// <summary>hydrus's <c>PageParser.Parse</c> on the pair's page, <paramref name="iterations"/> times, its parsing cache cleared before each: ms each.</summary>
        public double[] Parse(CorpusPair pair, int iterations) => Timings(Ask($"parse {pair.Name} {iterations.ToString(CultureInfo.InvariantCulture)}"));

        /// <summary>hydrus decoding every corpus PNG (LoadFromPNG + CreateFromNetworkBytes), <paramref name="passes"/> times: ms per pass, and the file count.</summary>
        public (double[] Milliseconds, int Files) Decode(int passes)
        {
            var answer = Ask($"decode {passes.ToString(CultureInfo.InvariantCulture)}");
            return (Timings(answer), (int)answer["files"]!);
        }

        public void Dispose()
        {
            try
            {
                process.StandardInput.WriteLine("quit");
                process.StandardInput.Close();
                if (!process.WaitForExit(10_000))
                {
                    process.Kill();
                }
            }
            catch (InvalidOperationException)
            {
            }

            process.Dispose();
        }

        private static double[] Timings(JsonObject answer) => answer["ms"]!.AsArray().Select(value => (double)value!).ToArray();

        private JsonObject Ask(string? request)
        {
            if (request is not null)
            {
                process.StandardInput.WriteLine(request);
                process.StandardInput.Flush();
            }

            string? line;
            do
            {
                line = process.StandardOutput.ReadLine()
                    ?? throw new InvalidOperationException($"hydrus's benchmark process ended (exit {(process.WaitForExit(5000) ? process.ExitCode : -1)}) before answering '{request ?? "ready"}'");
            }
            while (!line.StartsWith(AnswerMarker, StringComparison.Ordinal));

            var answer = JsonNode.Parse(line[AnswerMarker.Length..])!.AsObject();
            return answer["error"] is { } error ? throw new InvalidOperationException($"hydrus's benchmark process: {error}") : answer;
        }
    }
}
