using System.Collections.Frozen;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>Every hydrus codec, by type id and by model type. The only place a codec is looked up.</summary>
internal static class HydrusCodecRegistry
{
    private static readonly IHydrusCodec[] All =
    [
        new ListCodec(),
        new DictionaryCodec(),
        new StringMatchCodec(),
        new StringConverterCodec(),
        new StringSplitterCodec(),
        new StringJoinerCodec(),
        new StringSorterCodec(),
        new StringSlicerCodec(),
        new TagFilterCodec(),
        new StringTagFilterCodec(),
        new StringProcessorCodec(),
        new HtmlParseRuleCodec(),
        new HtmlFormulaCodec(),
        new JsonFormulaCodec(),
        new ZipperFormulaCodec(),
        new ContextVariableFormulaCodec(),
        new NestedFormulaCodec(),
        new StaticFormulaCodec(),
        new ContentParserCodec(),
        new PageParserCodec(),
        new SubsidiaryPageParserCodec(),
        new SimpleDownloaderFormulaCodec(),
        new UrlDomainMaskCodec(),
        new UrlClassParameterCodec(),
        new UrlClassCodec(),
        new GalleryUrlGeneratorCodec(),
        new NestedGalleryUrlGeneratorCodec(),
        new BandwidthRulesCodec(),
        new DomainMetadataPackageCodec(),
        new CheckerOptionsCodec(),
        new LoginCredentialDefinitionCodec(),
        new LoginStepCodec(),
        new LoginScriptCodec(),
    ];

    private static readonly FrozenDictionary<int, IHydrusCodec> ByTypeId = All.ToFrozenDictionary(codec => codec.TypeId);

    private static readonly FrozenDictionary<Type, IHydrusCodec> ByModelType = All.ToFrozenDictionary(codec => codec.ModelType);

    public static IHydrusCodec? ForTypeId(int typeId) => ByTypeId.GetValueOrDefault(typeId);

    public static IHydrusCodec? ForModelType(Type modelType) => ByModelType.GetValueOrDefault(modelType);
}
