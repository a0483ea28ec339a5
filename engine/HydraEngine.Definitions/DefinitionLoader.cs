using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Hydrus;
using HydraEngine.Definitions.Hydrus.Upgrades;
using HydraEngine.Definitions.Native;
using HydraEngine.Definitions.Png;

namespace HydraEngine.Definitions;

/// <summary>
/// Loads a definition from a hydrus PNG, hydrus JSON (a serialisable tuple) or HydraEngine's native JSON.
/// Never throws for bad input: every problem is a diagnostic in the result.
/// </summary>
public static class DefinitionLoader
{
    public const long MaximumFileBytes = 64 * 1024 * 1024;

    internal static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 256 };

    public static DefinitionLoadResult LoadFile(string path, DefinitionReadOptions? options = null)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaximumFileBytes)
            {
                return Failed(path, null, DiagnosticCodes.FileTooLarge, $"the file is {info.Length} bytes; definitions are at most {MaximumFileBytes / (1024 * 1024)} MiB.");
            }

            return Load(File.ReadAllBytes(path), path, options);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(path, null, DiagnosticCodes.FileUnreadable, $"cannot read the file: {exception.Message}");
        }
    }

    /// <summary>Sniffs the format as hydrus does: the PNG signature, else UTF-8 JSON text.</summary>
    public static DefinitionLoadResult Load(byte[] bytes, string source, DefinitionReadOptions? options = null)
    {
        if (HydrusPngReader.LooksLikePng(bytes))
        {
            return LoadPng(bytes, source, options);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException exception)
        {
            return Failed(source, null, DiagnosticCodes.PayloadEncoding, $"this is neither a PNG nor UTF-8 JSON text (invalid byte at index {exception.Index}).");
        }

        return LoadJson(text, source, options);
    }

    public static DefinitionLoadResult LoadPng(byte[] bytes, string source, DefinitionReadOptions? options = null)
    {
        var diagnostics = new DiagnosticBag(source);
        var payload = HydrusPngReader.ReadPayload(bytes, diagnostics);
        var text = payload is null ? null : HydrusPayload.Decompress(payload, diagnostics);
        return text is null
            ? new DefinitionLoadResult(source, DefinitionFormat.HydrusPng, null, diagnostics.Items, [])
            : LoadHydrus(text, diagnostics, DefinitionFormat.HydrusPng, options);
    }

    /// <summary>JSON text: an array is a hydrus serialisable tuple, an object is native JSON.</summary>
    public static DefinitionLoadResult LoadJson(string text, string source, DefinitionReadOptions? options = null)
    {
        var diagnostics = new DiagnosticBag(source);
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] == '{'
            ? NativeDefinitionReader.Read(text, diagnostics, options?.PluginKinds)
            : LoadHydrus(text, diagnostics, DefinitionFormat.HydrusJson, options);
    }

    private static DefinitionLoadResult LoadHydrus(string text, DiagnosticBag diagnostics, DefinitionFormat format, DefinitionReadOptions? options)
    {
        var root = ParseJson(text, diagnostics);
        if (root is null)
        {
            return new DefinitionLoadResult(diagnostics.Source, format, null, diagnostics.Items, []);
        }

        var upgrades = new UpgradeContext(options?.KeyFactory);
        var session = new HydrusReadSession(diagnostics, upgrades);
        var definition = session.ReadTopLevel(root);
        return new DefinitionLoadResult(diagnostics.Source, format, diagnostics.ErrorCount > 0 ? null : definition, diagnostics.Items, upgrades.GeneratedKeys.ToArray());
    }

    internal static JsonNode? ParseJson(string text, DiagnosticBag diagnostics)
    {
        try
        {
            var node = JsonNode.Parse(text, documentOptions: JsonOptions);
            if (node is null)
            {
                diagnostics.Error("", DiagnosticCodes.JsonSyntax, "the JSON is just null; expected a definition.");
            }

            return node;
        }
        catch (JsonException exception)
        {
            var looksHtml = text.TrimStart().StartsWith('<');
            diagnostics.Error("", exception.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase) ? DiagnosticCodes.JsonTooDeep : DiagnosticCodes.JsonSyntax,
                $"invalid JSON at line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}: {exception.Message}{(looksHtml ? " (this looks like HTML, not a definition)" : "")}");
            return null;
        }
    }

    private static DefinitionLoadResult Failed(string source, DefinitionFormat? format, string code, string message) =>
        new(source, format, null, [new DefinitionDiagnostic(source, "", DiagnosticSeverity.Error, code, message)], []);
}

/// <summary>
/// How one engine reads definitions: <paramref name="PluginKinds"/> answers for the kinds its plugins add to native
/// JSON (none when null); <paramref name="KeyFactory"/> makes the keys old objects gain when upgraded.
/// </summary>
public sealed record DefinitionReadOptions(INativePluginKindChecker? PluginKinds = null, Func<string>? KeyFactory = null);
