using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.Downloading;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Subscriptions;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// HydraEngine's extension (hydrus has none; its request #344): <c>/manage_subscriptions/get_subscriptions</c>
/// lists every subscription with each query's health: checking status ("ok", "dead", "gone"), last and next check,
/// its note and its file counts.
/// </summary>
internal sealed class GetSubscriptionsEndpoint : IApiEndpoint
{
    public string Path => "/manage_subscriptions/get_subscriptions";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageSubscriptions);

    public Task HandleAsync(ApiRequest request)
    {
        var list = SubscriptionGate.Use(request, downloads => downloads.Subscriptions().Select(subscription => Render(downloads, subscription)).ToList());
        return ApiResponses.WriteAsync(request, new JsonObject { ["subscriptions"] = new JsonArray([.. list]) });
    }

    private static JsonObject Render(DownloadEngine downloads, Subscription subscription) => new()
    {
        ["name"] = subscription.Name,
        ["gug"] = subscription.GugName,
        ["paused"] = subscription.Paused,
        ["initial_file_limit"] = subscription.InitialFileLimit,
        ["periodic_file_limit"] = subscription.PeriodicFileLimit,
        ["queries"] = new JsonArray([.. subscription.Queries.Select(query => Render(downloads, query))]),
    };

    private static JsonObject Render(DownloadEngine downloads, SubscriptionQuery query)
    {
        var seeds = downloads.FileLog(query.FileLogId);
        return new JsonObject
        {
            ["query_text"] = query.QueryText,
            ["display_name"] = query.DisplayName,
            ["paused"] = query.Paused,
            ["checking_status"] = query.Status.ToString().ToLowerInvariant(),
            ["last_check"] = query.LastCheck == 0 ? null : query.LastCheck,
            ["next_check"] = query.NextCheck == 0 ? null : query.NextCheck,
            ["check_now"] = query.CheckNow,
            ["note"] = query.Note,
            ["files"] = new JsonObject
            {
                ["pending"] = seeds.Count(seed => !seed.Status.IsDone()),
                ["new"] = seeds.Count(seed => seed.Status == SeedStatus.Successful),
                ["already_in_db"] = seeds.Count(seed => seed.Status == SeedStatus.AlreadyInDb),
                ["previously_deleted"] = seeds.Count(seed => seed.Status == SeedStatus.PreviouslyDeleted),
                ["failed"] = seeds.Count(seed => seed.Status == SeedStatus.Error),
            },
        };
    }
}

/// <summary><c>/manage_subscriptions/add_subscription</c>: <c>{name, gug, queries, initial_file_limit?, periodic_file_limit?}</c>.</summary>
internal sealed class AddSubscriptionEndpoint : IApiEndpoint
{
    public string Path => "/manage_subscriptions/add_subscription";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageSubscriptions);

    public Task HandleAsync(ApiRequest request)
    {
        var args = request.Args;
        var name = args.String("name");
        var gug = args.String("gug");
        var queries = args.OptionalStringList("queries") ?? throw ApiArguments.Missing("queries");
        var initial = (int?)(args.OptionalInteger("initial_file_limit") ?? DownloadEngine.DefaultFileLimit);
        var periodic = (int?)(args.OptionalInteger("periodic_file_limit") ?? DownloadEngine.DefaultFileLimit);
        var added = SubscriptionGate.Use(request, downloads => downloads.AddSubscription(name, gug, queries, initialFileLimit: initial, periodicFileLimit: periodic));
        return ApiResponses.WriteAsync(request, new JsonObject { ["name"] = added.Name, ["queries"] = added.Queries.Count });
    }
}

/// <summary>
/// <c>/manage_subscriptions/pause_subscription</c> and <c>resume_subscription</c>: <c>{name, query?}</c> pauses or
/// resumes a whole subscription or one of its queries.
/// </summary>
internal sealed class PauseSubscriptionEndpoint(bool pause) : IApiEndpoint
{
    public string Path => pause ? "/manage_subscriptions/pause_subscription" : "/manage_subscriptions/resume_subscription";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageSubscriptions);

    public Task HandleAsync(ApiRequest request)
    {
        var name = request.Args.String("name");
        var query = request.Args.OptionalString("query");
        SubscriptionGate.Use(request, downloads =>
        {
            if (query is null)
            {
                downloads.PauseSubscription(name, pause);
            }
            else
            {
                downloads.PauseQuery(name, query, pause);
            }

            return true;
        });
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }
}

/// <summary><c>/manage_subscriptions/check_now</c>: <c>{name}</c> makes every live query due at the next run.</summary>
internal sealed class CheckSubscriptionNowEndpoint : IApiEndpoint
{
    public string Path => "/manage_subscriptions/check_now";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageSubscriptions);

    public Task HandleAsync(ApiRequest request)
    {
        var name = request.Args.String("name");
        SubscriptionGate.Use(request, downloads =>
        {
            downloads.CheckSubscriptionNow(name);
            return true;
        });
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }
}

/// <summary>The download engine, one API call at a time; an unknown subscription is 404.</summary>
internal static class SubscriptionGate
{
    public static T Use<T>(ApiRequest request, Func<DownloadEngine, T> work)
    {
        var downloads = request.Api.Downloads ?? throw new ApiException(503, "ServerBusyException", "This client has no download engine running.");
        lock (request.Api.DownloadsGate)
        {
            try
            {
                return work(downloads);
            }
            catch (DownloadException exception) when (exception.Message.StartsWith("there is no subscription", StringComparison.Ordinal))
            {
                throw ApiException.NotFound(exception.Message);
            }
        }
    }
}
