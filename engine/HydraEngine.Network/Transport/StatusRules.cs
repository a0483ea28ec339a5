using System.Net;
using HydraEngine.Network.Retries;

namespace HydraEngine.Network.Transport;

/// <summary>hydrus's reading of HTTP statuses: which fail for good, which are worth another attempt.</summary>
internal static class StatusRules
{
    /// <summary>Throws for any status that is not a success: a <see cref="RetryableFailure"/> for 429 and 5xx, a <see cref="NetworkException"/> otherwise.</summary>
    public static void ThrowUnlessSuccess(HttpAnswer answer, string method, TimeProvider clock)
    {
        var status = (int)answer.Response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }

        var description = $"{status} {Reason(answer.Response)}";
        if (status == 429 || status >= 500)
        {
            throw new RetryableFailure(RetryableKind.Status, $"the server answered {description}", status, RetryAfterHeader.Read(answer.Response.Headers, clock));
        }

        var failure = status switch
        {
            400 or 403 or 404 => NetworkFailure.NotFound,
            401 => NetworkFailure.LoginRequired,
            451 => NetworkFailure.UnavailableForLegalReasons,
            _ => NetworkFailure.ClientError,
        };
        var message = status is >= 300 and < 400
            ? $"{method} {answer.RequestedUrl} redirected too often or without a Location (last {description} from {answer.FinalUrl})"
            : $"{method} {answer.RequestedUrl} answered {description}" + (answer.FinalUrl != answer.RequestedUrl ? $" (at {answer.FinalUrl})" : "");
        throw new NetworkException(failure, answer.RequestedUrl, status, message);
    }

    private static string Reason(HttpResponseMessage response) =>
        string.IsNullOrEmpty(response.ReasonPhrase) ? ((HttpStatusCode)(int)response.StatusCode).ToString() : response.ReasonPhrase;
}
