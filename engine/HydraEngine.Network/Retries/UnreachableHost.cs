using System.Net.Http;
using System.Net.Sockets;

namespace HydraEngine.Network.Retries;

/// <summary>
/// A host that cannot be reached at all — its name does not resolve, or nothing listens on its port. Unlike a 503
/// this rarely heals within seconds, so it is tried again only <see cref="MaxAttempts"/> times in all, and the message
/// names the host and what to check.
/// </summary>
internal static class UnreachableHost
{
    /// <summary>Attempts for an unreachable host, the first included (one retry covers a brief DNS or network hiccup).</summary>
    public const int MaxAttempts = 2;

    /// <summary>The failure for <paramref name="exception"/> when it says the host is unreachable, else null.</summary>
    public static RetryableFailure? Classify(HttpRequestException exception, Uri url)
    {
        var socket = Find<SocketException>(exception);
        if (exception.HttpRequestError == HttpRequestError.NameResolutionError || socket?.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain)
        {
            return new RetryableFailure(
                RetryableKind.Unreachable,
                $"the name '{url.Host}' does not resolve (check the address, and that this machine is online)",
                inner: exception);
        }

        if (socket?.SocketErrorCode is SocketError.ConnectionRefused or SocketError.NetworkUnreachable or SocketError.HostUnreachable)
        {
            var what = socket.SocketErrorCode == SocketError.ConnectionRefused ? "refused the connection" : "cannot be reached from this network";
            return new RetryableFailure(
                RetryableKind.Unreachable,
                $"{url.Host}:{url.Port} {what} (is the site up, and the address and port right?)",
                inner: exception);
        }

        return null;
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }
}
