using System.Globalization;
using HydraEngine.Storage.Database;

namespace HydraEngine.RepoBench;

/// <summary>tools/repobench's options.</summary>
internal sealed record BenchArguments(int Updates, int MappingsPerUpdate, int Rounds, string? Folder, bool WithHydrus, string? Oracle, string? Hydrus, string? Python, int CacheMegabytes)
{
    public const string Usage =
        "usage: tools/repobench [--updates N (4)] [--mappings-per-update N (300000)] [--rounds N (3)] [--out DIR] [--cache-mb N (256)]\n" +
        "                       [--no-hydrus] [--oracle DIR] [--hydrus DIR] [--python PATH]";

    public static BenchArguments? Parse(string[] args)
    {
        var options = new BenchArguments(4, 300_000, 3, null, true, null, null, null, StoreOptions.Default.CacheMegabytes);
        for (var index = 0; index < args.Length; index++)
        {
            string Next() => index + 1 < args.Length ? args[++index] : throw new ArgumentException($"{args[index]} needs a value");
            int Count() => int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new ArgumentException($"{args[index - 1]} needs a positive whole number");
            try
            {
                options = args[index] switch
                {
                    "--updates" => options with { Updates = Count() },
                    "--mappings-per-update" => options with { MappingsPerUpdate = Count() },
                    "--rounds" => options with { Rounds = Count() },
                    "--out" => options with { Folder = Path.GetFullPath(Next()) },
                    "--cache-mb" => options with { CacheMegabytes = Count() },
                    "--no-hydrus" => options with { WithHydrus = false },
                    "--oracle" => options with { Oracle = Next() },
                    "--hydrus" => options with { Hydrus = Next() },
                    "--python" => options with { Python = Next() },
                    _ => throw new ArgumentException($"unknown option {args[index]}"),
                };
            }
            catch (ArgumentException exception)
            {
                Console.Error.WriteLine(exception.Message);
                return null;
            }
        }

        return options;
    }
}
