using System.Text.Json.Nodes;
using HydraEngine.Definitions.Hydrus;
using HydraEngine.Definitions.Png;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions;

/// <summary>Writes definitions in hydrus's own forms: the serialisable tuple, its dump string, network bytes and PNG.</summary>
public static class HydrusSerialiser
{
    /// <summary>The current-version serialisable tuple, exactly as hydrus would write it.</summary>
    public static JsonArray ToTuple(Definition definition) => HydrusWriter.Instance.Write(definition);

    /// <summary>hydrus's dump string (Python <c>json.dumps</c> formatting).</summary>
    public static string ToDumpString(Definition definition) => PythonJsonText.Write(ToTuple(definition));

    public static byte[] ToNetworkBytes(Definition definition) => HydrusPayload.Compress(ToDumpString(definition));

    /// <summary>A PNG that hydrus imports, with a readable title band.</summary>
    public static byte[] ToPng(Definition definition, string? title = null, int width = HydrusPngWriter.DefaultWidth)
    {
        var payload = ToNetworkBytes(definition);
        var description = $"{DefinitionDescriptions.Describe(definition)} - {FormatSize(payload.Length)}";
        return HydrusPngWriter.Write(payload, title ?? DefinitionDescriptions.TitleOf(definition), description, width);
    }

    private static string FormatSize(long bytes) => bytes < 1024 ? $"{bytes}B" : $"{bytes / 1024.0:0.0} KB";
}
