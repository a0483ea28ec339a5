namespace HydraEngine.Definitions.Diagnostics;

/// <summary>The stable diagnostic codes. Tools may match on these; never rename one.</summary>
public static class DiagnosticCodes
{
    public const string FileUnreadable = "file.unreadable";
    public const string FileTooLarge = "file.too-large";
    public const string NotHydrusPng = "png.not-hydrus";
    public const string PngPayloadTruncated = "png.payload-truncated";
    public const string PayloadDecompression = "payload.decompression";
    public const string PayloadTooLarge = "payload.too-large";
    public const string PayloadEncoding = "payload.encoding";
    public const string JsonSyntax = "json.syntax";
    public const string JsonTooDeep = "json.too-deep";
    public const string JsonText = "json.lone-surrogate";
    public const string Unexpected = "load.unexpected";
    public const string TupleShape = "tuple.shape";
    public const string UnknownTypeId = "tuple.unknown-type";
    public const string FutureVersion = "tuple.future-version";
    public const string UpgradeFailed = "tuple.upgrade-failed";
    public const string WrongObjectType = "tuple.wrong-type";
    public const string FieldMissing = "field.missing";
    public const string FieldType = "field.type";
    public const string FieldValue = "field.value";
    public const string ListItemDropped = "list.item-dropped";
    public const string NativeUnknownKey = "native.unknown-key";
    public const string NativeMissingKey = "native.missing-key";
    public const string NativeUnknownKind = "native.unknown-kind";
    public const string NativeType = "native.type";
    public const string NotADownloaderPackage = "package.not-downloader";
}
