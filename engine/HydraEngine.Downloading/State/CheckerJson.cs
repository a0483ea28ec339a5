using System.Text.Json;
using HydraEngine.Model.Network;

namespace HydraEngine.Downloading.State;

/// <summary>Checker options in a state row: <c>[intended, never_faster, never_slower, [death_files, death_period]]</c>, hydrus's shape.</summary>
internal static class CheckerJson
{
    public static string Write(CheckerOptions options) =>
        $"[{options.IntendedFilesPerCheck}, {options.NeverFasterThanSeconds}, {options.NeverSlowerThanSeconds}, [{options.DeathFileVelocityFiles}, {options.DeathFileVelocityPeriodSeconds}]]";

    public static CheckerOptions Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var death = root[3];
        return new CheckerOptions(root[0].GetInt64(), root[1].GetInt64(), root[2].GetInt64(), death[0].GetInt64(), death[1].GetInt64());
    }
}
