namespace HydraEngine.Library;

/// <summary>Stable codes of the diagnostics an import plan or a lookup reports (besides the loader's own).</summary>
public static class LibraryDiagnosticCodes
{
    public const string NotAUrl = "library.not-a-url";
    public const string GugNoReplacementPhrase = "library.gug-no-replacement-phrase";
    public const string GugPhraseNotInTemplate = "library.gug-phrase-not-in-template";
    public const string NestedGugMissingMember = "library.ngug-missing-member";
    public const string NestedGugCycle = "library.ngug-cycle";
    public const string DuplicateInPayload = "library.duplicate-in-payload";
    public const string MiscObjectsIgnored = "library.misc-ignored";
    public const string NothingDownloaderRelated = "library.nothing-downloader";
    public const string ExampleNotAUrl = "library.example-not-a-url";
    public const string ApiTargetMissing = "library.api-target-missing";
    public const string DuplicateUrlClasses = "library.url-class-duplicate";
    public const string ShadowedUrlClass = "library.url-class-shadowed";
    public const string LocalEditConflict = "library.local-edit-conflict";
    public const string DoesNotReadBack = "library.does-not-read-back";
    public const string StoredRowUnloadable = "library.stored-row-unloadable";
}
