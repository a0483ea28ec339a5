using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Files;
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
            return Load(InputFile.ReadAllBytes(path, MaximumFileBytes), path, options);
        }
        catch (InputFileException exception)
        {
            return Failed(path, null, exception.TooLarge ? DiagnosticCodes.FileTooLarge : DiagnosticCodes.FileUnreadable, $"{exception.Message} Definitions are at most {InputFile.Describe(MaximumFileBytes)}.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(path, null, DiagnosticCodes.FileUnreadable, $"cannot read the file: {exception.Message}");
        }
    }

    /// <summary>Sniffs the format as hydrus does: the PNG signature, else UTF-8 JSON text.</summary>
    public static DefinitionLoadResult Load(byte[] bytes, string source, DefinitionReadOptions? options = null) =>
        Guarded(source, () => Sniff(bytes, source, options));

    private static DefinitionLoadResult Sniff(byte[] bytes, string source, DefinitionReadOptions? options)
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

        return ReadJson(text, source, options);
    }

    public static DefinitionLoadResult LoadPng(byte[] bytes, string source, DefinitionReadOptions? options = null) =>
        Guarded(source, () => ReadPng(bytes, source, options));

    private static DefinitionLoadResult ReadPng(byte[] bytes, string source, DefinitionReadOptions? options)
    {
        var diagnostics = new DiagnosticBag(source);
        var payload = HydrusPngReader.ReadPayload(bytes, diagnostics);
        var text = payload is null ? null : HydrusPayload.Decompress(payload, diagnostics);
        return text is null
            ? new DefinitionLoadResult(source, DefinitionFormat.HydrusPng, null, diagnostics.Items, [])
            : LoadHydrus(text, diagnostics, DefinitionFormat.HydrusPng, options);
    }

    /// <summary>JSON text: an array is a hydrus serialisable tuple, an object is native JSON.</summary>
    public static DefinitionLoadResult LoadJson(string text, string source, DefinitionReadOptions? options = null) =>
        Guarded(source, () => ReadJson(text, source, options));

    private static DefinitionLoadResult ReadJson(string text, string source, DefinitionReadOptions? options)
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
            var document = JsonDocument.Parse(text, JsonOptions);
            var mark = diagnostics.ErrorCount;
            var node = PythonJsonReader.ToNode(document.RootElement, "", diagnostics);
            if (diagnostics.ErrorCount > mark)
            {
                return null;
            }

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

    /// <summary>The last line of "never throws": a fault of ours in reading one source is a diagnostic for that source.</summary>
    private static DefinitionLoadResult Guarded(string source, Func<DefinitionLoadResult> load)
    {
        try
        {
            return load();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Failed(source, null, DiagnosticCodes.Unexpected, $"this could not be read ({exception.GetType().Name}: {exception.Message}); please report it with the file.");
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
