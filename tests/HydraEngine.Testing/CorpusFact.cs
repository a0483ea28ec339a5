using Xunit;

namespace HydraEngine.Testing;

/// <summary>
/// A fact that needs ../shared/corpus. When the corpus is absent the test is reported as skipped
/// with a plain reason rather than silently passing.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (RepositoryPaths.Corpus is null)
        {
            Skip = "../shared/corpus is absent on this machine: corpus conformance was NOT checked.";
        }
    }
}
