using HydraEngine.Abstractions;

namespace HydraEngine.Samples.SignedApi;

/// <summary>A site handler for the fixture booru's signed JSON API, which no declarative parser can call.</summary>
public sealed class SignedApiPlugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => registry.AddSiteHandler(new SignedApiGalleryHandler());
}
