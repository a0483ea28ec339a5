using HydraEngine.ClientApi;
using HydraEngine.ClientApi.Serving;
using HydraEngine.Editor;
using HydraEngine.Host.Serving;

namespace HydraEngine.Cli.Commands.Serve;

/// <summary>
/// The HTTP surfaces <c>hydra serve</c> maps on its one server, besides <c>GET /health</c>. A new surface (the Client
/// API, the editor) adds one line here.
/// </summary>
internal static class ServeModules
{
    public static IReadOnlyList<IEndpointModule> All(ClientApiOptions clientApi) =>
    [
        new ClientApiModule(clientApi),
        new EditorModule(EditorOptions.Default),
    ];
}
