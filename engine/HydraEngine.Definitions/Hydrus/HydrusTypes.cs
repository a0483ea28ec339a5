using System.Collections.Frozen;

namespace HydraEngine.Definitions.Hydrus;

/// <summary>
/// The hydrus serialisable type ids that can occur inside downloader objects, with their current
/// versions (hydrus 682) and whether the name lives in the envelope. See spec/serialisation.md §5.
/// </summary>
internal static class HydrusTypes
{
    public const int Dictionary = 21;
    public const int List = 26;
    public const int HtmlFormula = 27;
    public const int ContentParser = 30;
    public const int JsonFormula = 31;
    public const int BandwidthRules = 38;
    public const int TagFilter = 44;
    public const int UrlClass = 50;
    public const int StringMatch = 51;
    public const int CheckerOptions = 52;
    public const int StringConverter = 55;
    public const int PageParser = 58;
    public const int ZipperFormula = 59;
    public const int ContextVariableFormula = 60;
    public const int HtmlParseRule = 62;
    public const int SimpleDownloaderFormula = 63;
    public const int GalleryUrlGenerator = 69;
    public const int NestedGalleryUrlGenerator = 70;
    public const int DomainMetadataPackage = 71;
    public const int LoginCredentialDefinition = 72;
    public const int LoginScript = 73;
    public const int LoginStep = 74;
    public const int StringSplitter = 83;
    public const int StringProcessor = 84;
    public const int StringSorter = 99;
    public const int StringSlicer = 100;
    public const int StringTagFilter = 112;
    public const int StringJoiner = 125;
    public const int UrlClassParameter = 127;
    public const int NestedFormula = 133;
    public const int SubsidiaryPageParser = 135;
    public const int StaticFormula = 136;
    public const int UrlDomainMask = 139;

    private static readonly FrozenDictionary<int, HydrusTypeInfo> Known = new HydrusTypeInfo[]
    {
        new(Dictionary, "Serialisable Dictionary", 2, false),
        new(List, "Serialisable List", 3, false),
        new(HtmlFormula, "Parse Formula HTML", 8, false),
        new(ContentParser, "Content Parser", 7, false),
        new(JsonFormula, "Parse Formula JSON", 4, false),
        new(BandwidthRules, "Bandwidth Rules", 1, false),
        new(TagFilter, "Tag Filter", 1, false),
        new(UrlClass, "URL Class", 15, true),
        new(StringMatch, "String Match", 1, false),
        new(CheckerOptions, "Checker Options", 1, false),
        new(StringConverter, "String Converter", 2, false),
        new(PageParser, "Page Parser", 3, true),
        new(ZipperFormula, "Parse Formula Zipper", 3, false),
        new(ContextVariableFormula, "Parse Formula Context Variable", 3, false),
        new(HtmlParseRule, "Parse Rule HTML", 3, false),
        new(SimpleDownloaderFormula, "Simple Downloader Parsing Formula", 1, true),
        new(GalleryUrlGenerator, "Gallery URL Generator", 1, true),
        new(NestedGalleryUrlGenerator, "Nested Gallery URL Generator", 1, true),
        new(DomainMetadataPackage, "Domain Metadata Package", 1, false),
        new(LoginCredentialDefinition, "Login Credential Definition", 1, true),
        new(LoginScript, "Login Script - Domain", 2, true),
        new(LoginStep, "Login Step", 2, true),
        new(StringSplitter, "String Splitter", 2, false),
        new(StringProcessor, "String Processor", 1, false),
        new(StringSorter, "String Sorter", 1, false),
        new(StringSlicer, "String Selector/Slicer", 1, false),
        new(StringTagFilter, "String Tag Filter", 1, false),
        new(StringJoiner, "String Joiner", 2, false),
        new(UrlClassParameter, "URL Class Parameter", 2, false),
        new(NestedFormula, "Parse Formula Nested", 2, false),
        new(SubsidiaryPageParser, "Subsidiary Page Parser", 2, false),
        new(StaticFormula, "Parse Formula Static", 1, false),
        new(UrlDomainMask, "URL Domain Mask", 1, false),
    }.ToFrozenDictionary(info => info.TypeId);

    /// <summary>Named hydrus types outside downloaders (the envelope shape still depends on it).</summary>
    private static readonly FrozenSet<int> OtherNamedTypes = new[] { 32, 86, 88, 96, 97 }.ToFrozenSet();

    public static HydrusTypeInfo? Find(int typeId) => Known.GetValueOrDefault(typeId);

    public static bool IsNamed(int typeId) =>
        Known.TryGetValue(typeId, out var info) ? info.IsNamed : OtherNamedTypes.Contains(typeId);
}
