using HydraEngine.Model.Text;
using HydraEngine.Network.Bandwidth;
using HydraEngine.Network.Domains;
using HydraEngine.Network.Politeness;
using HydraEngine.Network.Retries;
using HydraEngine.Network.Scheduling;
using Polly;

namespace HydraEngine.Network.Transport;

/// <summary>
/// Runs a request from start to finish: URL check, then attempts inside the retry pipeline — each admitted by
/// bandwidth, politeness and concurrency, sent with a time limit, its status judged and its body read — with
/// politeness and status bookkeeping on the way, and usage saved at the end.
/// </summary>
internal sealed class RequestRunner(
    NetworkOptions options, BandwidthManager bandwidth, RequestAdmission admission, DomainPoliteness politeness,
    DomainActivity activity, HttpTransport transport, ResiliencePipeline pipeline, TimeProvider clock)
{
    /// <summary>The URL as an absolute http(s) URI, or <see cref="NetworkFailure.UnsupportedUrl"/>.</summary>
    public static Uri Validate(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || string.IsNullOrEmpty(url.Host))
        {
            throw new NetworkException(NetworkFailure.UnsupportedUrl, url, null, $"only absolute http and https URLs are fetched, not '{url}'");
        }

        return url;
    }

    public RequestTarget TargetFor(Uri url, NetworkJobContext job)
    {
        var domain = DomainNames.Of(Validate(url));
        return new RequestTarget(url, HydrusDomains.WithoutWww(domain), bandwidth.ContextsFor(domain, job));
    }

    public async Task<T> RunAsync<T>(NetworkRequest request, HttpPlan plan, IAnswerReader<T> reader, CancellationToken cancellationToken)
    {
        var target = TargetFor(request.Url, request.Job);
        var run = new RequestRun(plan.Method.Method, target.Url, new WaitBudget(options.MaxTotalWait));
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetryPipelineFactory.RunKey, run);
        try
        {
            return await pipeline.ExecuteAsync(
                static (context, state) => state.Runner.AttemptAsync(state.Request, state.Plan, state.Reader, state.Target, state.Run, context.CancellationToken),
                context,
                (Runner: this, Request: request, Plan: plan, Reader: reader, Target: target, Run: run)).ConfigureAwait(false);
        }
        catch (RetryableFailure failure)
        {
            throw run.Exhausted(failure);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            bandwidth.SaveIfDue();
        }
    }

    private async ValueTask<T> AttemptAsync<T>(
        NetworkRequest request, HttpPlan plan, IAnswerReader<T> reader, RequestTarget target, RequestRun run, CancellationToken cancellationToken)
    {
        run.Attempts++;
        using var lease = await admission.EnterAsync(target, run.Budget, cancellationToken).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(options.RequestTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = clock.GetTimestamp();
        try
        {
            var answer = await transport.SendAsync(request, target, plan, reader.AttemptHeaders().ToList(), linked.Token).ConfigureAwait(false);
            using var response = answer.Response;
            var slow = clock.GetElapsedTime(started) > options.SlowAnswer;
            if (slow && options.Polite)
            {
                politeness.ReportStrain(target.Domain, null);
                activity.Problem(target.Domain, $"slow answer ({RequestAdmission.Describe(clock.GetElapsedTime(started))}) from {target.Url} at {clock.GetUtcNow():u}");
            }

            if (!reader.ReadsStatus((int)response.StatusCode))
            {
                StatusRules.ThrowUnlessSuccess(answer, run.Method, clock);
            }

            var result = await reader.ReadAsync(answer, new AttemptTimer(timeout), linked.Token).ConfigureAwait(false);
            if (!slow && options.Polite)
            {
                politeness.ReportSuccess(target.Domain);
            }

            return result;
        }
        catch (RetryableFailure failure)
        {
            throw Noted(failure, target, run);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Noted(new RetryableFailure(RetryableKind.Timeout, $"no answer within {RequestAdmission.Describe(options.RequestTimeout)} (or a stalled body)", inner: exception), target, run);
        }
        catch (HttpRequestException exception)
        {
            throw Noted(UnreachableHost.Classify(exception, target.Url) ?? new RetryableFailure(RetryableKind.Connection, $"the connection failed: {exception.Message}", inner: exception), target, run);
        }
        catch (IOException exception)
        {
            throw Noted(new RetryableFailure(RetryableKind.Connection, $"the connection failed: {exception.Message}", inner: exception), target, run);
        }
        catch (NetworkException exception)
        {
            activity.Problem(target.Domain, $"{exception.Message} at {clock.GetUtcNow():u}");
            throw;
        }
    }

    private RetryableFailure Noted(RetryableFailure failure, RequestTarget target, RequestRun run)
    {
        run.LastFailure = failure;
        if (failure.IsStrain && options.Polite)
        {
            politeness.ReportStrain(target.Domain, failure.RetryAfter);
        }

        activity.Problem(target.Domain, $"{failure.Message} ({run.Method} {target.Url}, attempt {run.Attempts}) at {clock.GetUtcNow():u}");
        return failure;
    }
}
