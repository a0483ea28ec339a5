using System.CommandLine;
using HydraEngine.Downloading;
using HydraEngine.Downloading.Checking;
using HydraEngine.Model.Network;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>--checker NAME</c>: one of hydrus's named checker options.</summary>
internal static class CheckerOption
{
    public static readonly IReadOnlyList<string> Names = ["thread", "slow thread", "artist subscription", "fast tag subscription", "slow tag subscription"];

    public static Option<string?> Create(string defaultName) => new("--checker")
    {
        Description = $"How often to check, by hydrus's preset name: {string.Join(", ", Names.Select(name => $"\"{name}\""))} (default \"{defaultName}\").",
    };

    /// <summary>The preset <paramref name="name"/> names, or null when no name was given.</summary>
    public static CheckerOptions? Parse(string? name) => name is null
        ? null
        : CheckerPresets.Named(name) ?? throw new DownloadException($"there is no checker preset '{name}'; use one of: {string.Join(", ", Names)}");

    /// <summary>"4 files per check, every 5m to 1d, dead after fewer than 1 file in 3d".</summary>
    public static string Describe(CheckerOptions checker) =>
        $"{checker.IntendedFilesPerCheck} file{(checker.IntendedFilesPerCheck == 1 ? "" : "s")} per check, every {HumanTime.Span(checker.NeverFasterThanSeconds)} to {HumanTime.Span(checker.NeverSlowerThanSeconds)}, "
        + $"dead after fewer than {checker.DeathFileVelocityFiles} file{(checker.DeathFileVelocityFiles == 1 ? "" : "s")} in {HumanTime.Span(checker.DeathFileVelocityPeriodSeconds)}";
}
