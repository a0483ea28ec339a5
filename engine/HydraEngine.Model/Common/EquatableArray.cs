using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace HydraEngine.Model.Common;

/// <summary>
/// An immutable array with structural equality, so definition records compare by value all the way down.
/// </summary>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    public EquatableArray(ImmutableArray<T> items) => this.items = items.IsDefault ? [] : items;

    public EquatableArray(IEnumerable<T> items) => this.items = [.. items];

    public static EquatableArray<T> Empty => new(ImmutableArray<T>.Empty);

    public int Count => items.IsDefault ? 0 : items.Length;

    public T this[int index] => items[index];

    public ImmutableArray<T> AsImmutableArray() => items.IsDefault ? [] : items;

    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    public static implicit operator EquatableArray<T>(T[] items) => new(items);

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public bool Equals(EquatableArray<T> other) =>
        AsImmutableArray().AsSpan().SequenceEqual(other.AsImmutableArray().AsSpan(), EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutableArray())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", AsImmutableArray())}]";
}

/// <summary>Builds <see cref="EquatableArray{T}"/> values from collection expressions.</summary>
public static class EquatableArray
{
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));
}
