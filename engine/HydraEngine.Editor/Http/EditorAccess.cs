using System.Net;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Editor.Http;

/// <summary>
/// Who may use the editor: loopback peers only, as the Client API (unless non-local connections are allowed), and, since
/// its API writes the library, never a page from another origin (a request whose Origin names another host is refused).
/// </summary>
internal static class EditorAccess
{
    public static string? Refusal(HttpContext context, EditorOptions options)
    {
        var peer = context.Connection.RemoteIpAddress;
        if (!options.AllowNonLocal && peer is not null && !IPAddress.IsLoopback(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer))
        {
            return $"the editor answers only this machine (127.0.0.1), not {peer}: it can change the downloader library and has no access keys; use it on the machine that runs hydra serve (or through an SSH tunnel).";
        }

        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || !string.Equals(from.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return $"the editor's API answers only its own pages, not {origin}.";
        }

        return null;
    }
}
