using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library.Lookup;
using HydraEngine.Library.Storage;
using HydraEngine.Matching;
using HydraEngine.Matching.Gugs;
using HydraEngine.Model.Common;
using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;

namespace HydraEngine.Library.Importing;

/// <summary>
/// Checks the objects an import writes against the library as it would be afterwards. Errors (block the import):
/// a GUG that cannot make a URL, a nested GUG naming a GUG that is neither in the import nor in the library, nested
/// GUGs in a circle. Warnings: example URLs that are not URLs, API/redirect URLs no class matches.
/// </summary>
internal sealed class ImportChecks(LibrarySnapshot prospective, List<DefinitionDiagnostic> diagnostics)
{
    private readonly GugRunner gugs = new(prospective.Gugs);

    public void Check(PlannedChange change)
    {
        if (!ReadsBack(change))
        {
            return;
        }

        switch (change.Result)
        {
            case GalleryUrlGenerator gug:
                CheckGug(change, gug);
                break;
            case NestedGalleryUrlGenerator nested:
                CheckNested(change, nested);
                break;
            case UrlClass urlClass:
                CheckUrlClass(change, urlClass);
                break;
        }
    }

    /// <summary>The one validation import and load share: what is stored must load again, exactly as every later command loads it.</summary>
    private bool ReadsBack(PlannedChange change)
    {
        var source = $"{LibraryKinds.Word(change.Kind)} '{change.Name}'";
        string problem;
        try
        {
            var loaded = StoredDefinitions.TryLoad(StoredDefinitions.Canonical(change.Result), source, out var errors);
            if (loaded is not null)
            {
                return true;
            }

            problem = errors;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            problem = $"{exception.GetType().Name}: {exception.Message}";
        }

        Error(change, LibraryDiagnosticCodes.DoesNotReadBack, $"{source} would be stored in a form that does not load again ({problem}); fix it in the source file.");
        return false;
    }

    private void CheckGug(PlannedChange change, GalleryUrlGenerator gug)
    {
        if (gug.ReplacementPhrase.Length == 0)
        {
            Error(change, LibraryDiagnosticCodes.GugNoReplacementPhrase, $"GUG '{gug.Name}' has no replacement phrase, so no search can make a URL; set one (for example %tags%) that appears in its URL template.");
            return;
        }

        if (!gug.UrlTemplate.Contains(gug.ReplacementPhrase, StringComparison.Ordinal))
        {
            Error(change, LibraryDiagnosticCodes.GugPhraseNotInTemplate, $"GUG '{gug.Name}': its replacement phrase {gug.ReplacementPhrase} is not in its URL template {gug.UrlTemplate}; no search can make a URL.");
            return;
        }

        var example = GalleryUrlGeneration.Generate(gug, gug.ExampleSearchText);
        if (!HydrusUrls.LooksLikeAFullUrl(example))
        {
            Warning(change, LibraryDiagnosticCodes.ExampleNotAUrl, $"GUG '{gug.Name}' makes '{example}' from its example search, which is not a URL.");
        }
    }

    private void CheckNested(PlannedChange change, NestedGalleryUrlGenerator nested)
    {
        foreach (var reference in nested.Generators)
        {
            if (gugs.Find(reference) is null)
            {
                Error(change, LibraryDiagnosticCodes.NestedGugMissingMember, $"nested GUG '{nested.Name}' names GUG '{reference.Name}', which is neither in this import nor in the library; import it too.");
            }
        }

        if (FindCycle(nested, [nested.Name]) is { } cycle)
        {
            Error(change, LibraryDiagnosticCodes.NestedGugCycle, $"nested GUGs refer to each other in a circle: {string.Join(" → ", cycle)}; a nested GUG can only contain GUGs and nested GUGs that do not lead back to it.");
        }
    }

    private List<string>? FindCycle(NestedGalleryUrlGenerator nested, List<string> path)
    {
        foreach (var reference in nested.Generators)
        {
            if (gugs.Find(reference) is not NestedGalleryUrlGenerator inner)
            {
                continue;
            }

            if (path.Contains(inner.Name, StringComparer.Ordinal))
            {
                return [.. path, inner.Name];
            }

            if (FindCycle(inner, [.. path, inner.Name]) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private void CheckUrlClass(PlannedChange change, UrlClass urlClass)
    {
        if (!HydrusUrls.LooksLikeAFullUrl(urlClass.ExampleUrl))
        {
            Warning(change, LibraryDiagnosticCodes.ExampleNotAUrl, $"URL class '{urlClass.Name}' has the example URL '{urlClass.ExampleUrl}', which is not a URL; parsers cannot be linked to it by example.");
            return;
        }

        if (!urlClass.ApiLookupConverter.MakesChanges || prospective.Index.GetUrlClass(urlClass.ExampleUrl)?.Class.Name != urlClass.Name)
        {
            return;
        }

        try
        {
            prospective.Manager.GetApiChain(urlClass.ExampleUrl);
        }
        catch (UrlClassException exception)
        {
            Warning(change, LibraryDiagnosticCodes.ApiTargetMissing, $"URL class '{urlClass.Name}' redirects its URLs to an API URL no URL class matches, so they cannot be fetched: {exception.Message}");
        }
    }

    private void Error(PlannedChange change, string code, string message) =>
        diagnostics.Add(new DefinitionDiagnostic(change.Source, "", DiagnosticSeverity.Error, code, message));

    private void Warning(PlannedChange change, string code, string message) =>
        diagnostics.Add(new DefinitionDiagnostic(change.Source, "", DiagnosticSeverity.Warning, code, message));
}
