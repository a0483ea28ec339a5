using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// hydrus's rating merge for a pair (A kept, B the other). Like/dislike and star ratings: the higher value wins —
/// copy gives A B's value when it is higher (or A has none), move does that and clears B, two-way raises the lower
/// side. Inc/dec counters: copy and move set A to the sum (move zeroes B), two-way sets both sides to the sum.
/// </summary>
internal sealed class RatingMerger(HydraStore store)
{
    public void Merge(FileHash a, FileHash b, string serviceName, MergeAction action)
    {
        if (action == MergeAction.None || store.RatingServices().FirstOrDefault(service => service.Name == serviceName) is not { } service)
        {
            return;
        }

        var valueA = store.RatingsOf(a).FirstOrDefault(rating => rating.Service.Name == serviceName)?.Value;
        var valueB = store.RatingsOf(b).FirstOrDefault(rating => rating.Service.Name == serviceName)?.Value;
        if (service.Type == ServiceType.LocalRatingIncDec)
        {
            MergeCounters(a, b, serviceName, action, valueA ?? 0, valueB ?? 0);
            return;
        }

        if (action == MergeAction.TwoWay)
        {
            if (Higher(valueA, valueB))
            {
                store.SetRating([b], serviceName, valueA);
            }
            else if (Higher(valueB, valueA))
            {
                store.SetRating([a], serviceName, valueB);
            }

            return;
        }

        if (Higher(valueB, valueA))
        {
            store.SetRating([a], serviceName, valueB);
        }

        if (action == MergeAction.Move && valueB is not null)
        {
            store.SetRating([b], serviceName, null);
        }
    }

    private void MergeCounters(FileHash a, FileHash b, string serviceName, MergeAction action, double valueA, double valueB)
    {
        var sum = valueA + valueB;
        if (valueB > 0)
        {
            store.SetRating([a], serviceName, sum);
        }

        if (action == MergeAction.TwoWay && valueA > 0)
        {
            store.SetRating([b], serviceName, sum);
        }

        if (action == MergeAction.Move && valueB > 0)
        {
            store.SetRating([b], serviceName, 0);
        }
    }

    /// <summary>hydrus's "worth updating": the source has a value and the destination has none or a lower one.</summary>
    private static bool Higher(double? source, double? destination) => source is { } value && (destination is null || value > destination);
}
