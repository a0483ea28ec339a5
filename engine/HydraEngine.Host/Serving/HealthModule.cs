using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Host.Serving;

/// <summary><c>GET /health</c>: <c>{"status":"ok","store","schema_version","jobs","idle_seconds"}</c>, read through the store gate.</summary>
internal sealed class HealthModule : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints, HydraEngineInstance engine) =>
        endpoints.MapGet("/health", () =>
        {
            var (schema, jobs) = engine.UseStore(store => (store.SchemaVersion, engine.Downloads.Status().Jobs.Count));
            return Results.Json(new Dictionary<string, object>
            {
                ["status"] = "ok",
                ["store"] = engine.Store.Location.DatabasePath,
                ["schema_version"] = schema,
                ["jobs"] = jobs,
                ["idle_seconds"] = (long)engine.Activity.IdleFor.TotalSeconds,
            });
        });
}
