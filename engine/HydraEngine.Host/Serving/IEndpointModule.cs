using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Host.Serving;

/// <summary>
/// One HTTP surface served by <c>hydra serve</c> on its one Kestrel server (the Client API, the editor, ...). A module
/// maps its endpoints once, at start, against the engine the server runs; it reaches the store through
/// <see cref="HydraEngineInstance.UseStore"/> since downloads run at the same time.
/// </summary>
public interface IEndpointModule
{
    void Map(IEndpointRouteBuilder endpoints, HydraEngineInstance engine);
}
