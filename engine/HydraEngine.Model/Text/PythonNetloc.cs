using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace HydraEngine.Model.Text;

/// <summary>The checks Python 3.11's <c>urlsplit</c> makes on a netloc, raising ValueError (here <see cref="FormatException"/>).</summary>
internal static partial class PythonNetloc
{
    public static void Check(string netloc)
    {
        if (netloc.Contains('[') != netloc.Contains(']'))
        {
            throw new FormatException("Invalid IPv6 URL");
        }

        if (netloc.Contains('['))
        {
            CheckBracketed(netloc);
        }

        CheckNfkc(netloc);
    }

    /// <summary><c>_check_bracketed_netloc</c>: nothing before the bracket, only a port after it, and an IPv6 address (or IPvFuture) inside.</summary>
    private static void CheckBracketed(string netloc)
    {
        var hostAndPort = netloc[(netloc.LastIndexOf('@') + 1)..];
        var open = hostAndPort.IndexOf('[');
        string host;
        if (open >= 0)
        {
            if (open > 0)
            {
                throw new FormatException("Invalid IPv6 URL");
            }

            var bracketed = hostAndPort[(open + 1)..];
            var close = bracketed.IndexOf(']');
            host = close < 0 ? bracketed : bracketed[..close];
            var port = close < 0 ? "" : bracketed[(close + 1)..];
            if (port.Length > 0 && port[0] != ':')
            {
                throw new FormatException("Invalid IPv6 URL");
            }
        }
        else
        {
            var colon = hostAndPort.IndexOf(':');
            host = colon < 0 ? hostAndPort : hostAndPort[..colon];
        }

        if (host.StartsWith('v'))
        {
            if (!IpvFuture().IsMatch(host))
            {
                throw new FormatException("IPvFuture address is invalid");
            }
        }
        else if (!host.Contains(':') || !IPAddress.TryParse(host, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw new FormatException($"'{host}' does not appear to be an IPv4 or IPv6 address");
        }
    }

    /// <summary><c>_checknetloc</c>: a non-ASCII netloc whose NFKC form gains one of <c>/?#@:</c> is refused.</summary>
    private static void CheckNfkc(string netloc)
    {
        if (netloc.Length == 0 || System.Text.Ascii.IsValid(netloc))
        {
            return;
        }

        var stripped = netloc.Replace("@", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal).Replace("#", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal);
        var normalised = UnicodeNormalisation.Nfkc(stripped);
        if (normalised != stripped && normalised.AsSpan().IndexOfAny("/?#@:") >= 0)
        {
            throw new FormatException($"netloc '{netloc}' contains invalid characters under NFKC normalization");
        }
    }

    [GeneratedRegex(@"\Av[a-fA-F0-9]+\..+\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IpvFuture();
}
