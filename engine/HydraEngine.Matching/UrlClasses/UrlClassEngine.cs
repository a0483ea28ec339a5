using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;
using HydraEngine.Strings;

namespace HydraEngine.Matching.UrlClasses;

/// <summary>
/// A URL class ready to run: hydrus's <c>URLClass.Test</c>, <c>Normalise</c>, API and referral URLs, next
/// gallery page and sorting complexity (objects.md §15). Immutable and thread-safe once built.
/// </summary>
public sealed class UrlClassEngine
{
    private readonly DomainMaskEngine mask;
    private readonly Lazy<UrlClassComplexity> complexity;
    private readonly StringServices strings;

    /// <param name="urlClass">The class.</param>
    /// <param name="strings">The engine's string services (its API, referral and default-value converters run through them); the built-in ones when null.</param>
    public UrlClassEngine(UrlClass urlClass, StringServices? strings = null)
    {
        Class = urlClass;
        this.strings = strings ?? StringServices.Default;
        mask = new DomainMaskEngine(urlClass.DomainMask);
        complexity = new Lazy<UrlClassComplexity>(ComputeComplexity);
    }

    public UrlClass Class { get; }

    public int DomainComplexity => mask.Complexity;

    internal DomainMaskEngine Mask => mask;

    public bool UsesApiUrl => Class.ApiLookupConverter.MakesChanges;

    public bool IsParsable => Class.UrlType is UrlType.Post or UrlType.Gallery or UrlType.Watchable;

    public bool CanGenerateNextGalleryPage => Class.UrlType == UrlType.Gallery && Class.GalleryIndexType is not null;

    public UrlClassComplexity Complexity => complexity.Value;

    public bool Matches(string url) => Test(url) is null;

    /// <summary>Null when the URL fits this class, else why not (hydrus's URLClassException text).</summary>
    public string? Test(string url) => UrlClassTester.Test(this, url);

    /// <summary>The normalised URL: for storage, or (<paramref name="forServer"/>) the one to request.</summary>
    public string Normalise(string url, bool forServer = false) => UrlClassNormaliser.Normalise(this, url, forServer);

    /// <summary><c>GetAPIURL</c>: the API converter applied to the for-server URL.</summary>
    public string GetApiUrl(string url)
    {
        try
        {
            return strings.Convert(Class.ApiLookupConverter, Normalise(url, forServer: true));
        }
        catch (StringProcessingException exception)
        {
            throw new UrlClassException($"Could not convert to the API URL: {exception.Message}");
        }
    }

    /// <summary>The Referer to send for a request to <paramref name="url"/> given <paramref name="referralUrl"/>.</summary>
    public string? GetReferralUrl(string url, string? referralUrl)
    {
        switch (Class.SendReferralUrl)
        {
            case ReferralUrlPolicy.SendGiven:
                return referralUrl;
            case ReferralUrlPolicy.Never:
                return null;
        }

        string converted;
        try
        {
            converted = strings.Convert(Class.ReferralUrlConverter, Normalise(url, forServer: true));
        }
        catch (StringProcessingException)
        {
            return referralUrl;
        }

        return Class.SendReferralUrl == ReferralUrlPolicy.AlwaysConverter || referralUrl is null ? converted : referralUrl;
    }

    /// <summary>The next gallery page by the class's index rule. Throws <see cref="UrlClassException"/> when it cannot.</summary>
    public string GetNextGalleryPage(string url) => NextGalleryPage.Generate(this, url);

    /// <summary>The default value a parameter adds, processed when it has a String Processor (anything else: the raw default).</summary>
    internal string DefaultValueOf(UrlClassParameter parameter)
    {
        if (parameter.DefaultValueProcessor is StringProcessor processor)
        {
            try
            {
                var processed = strings.Process(processor, [parameter.DefaultValue!]);
                return processed.Count > 0 ? processed[0] : parameter.DefaultValue!;
            }
            catch (StringProcessingException)
            {
                return parameter.DefaultValue!;
            }
        }

        return parameter.DefaultValue!;
    }

    private UrlClassComplexity ComputeComplexity()
    {
        int exampleLength;
        try
        {
            exampleLength = PythonText.CodePointLength(Normalise(Class.ExampleUrl, forServer: true));
        }
        catch (UrlClassException)
        {
            exampleLength = PythonText.CodePointLength(Class.ExampleUrl);
        }

        return new UrlClassComplexity(
            mask.Complexity,
            Class.PathComponents.Count(component => component.DefaultValue is null),
            Class.PathComponents.Count,
            Class.Parameters.Count(parameter => parameter.DefaultValue is null),
            Class.Parameters.Count,
            exampleLength);
    }
}

/// <summary>hydrus's sorting complexity key; greater = more specific.</summary>
public readonly record struct UrlClassComplexity(int Domain, int RequiredPath, int TotalPath, int RequiredParameters, int TotalParameters, int ExampleLength)
    : IComparable<UrlClassComplexity>
{
    public int CompareTo(UrlClassComplexity other)
    {
        int[] mine = [Domain, RequiredPath, TotalPath, RequiredParameters, TotalParameters, ExampleLength];
        int[] theirs = [other.Domain, other.RequiredPath, other.TotalPath, other.RequiredParameters, other.TotalParameters, other.ExampleLength];
        for (var i = 0; i < mine.Length; i++)
        {
            if (mine[i] != theirs[i])
            {
                return mine[i].CompareTo(theirs[i]);
            }
        }

        return 0;
    }
}
