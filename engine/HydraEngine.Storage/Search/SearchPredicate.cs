using HydraEngine.Model.Common;

namespace HydraEngine.Storage.Search;

/// <summary>A node of a parsed search. A query is the AND of its predicates.</summary>
public abstract record SearchPredicate;

/// <summary><c>tag</c> or <c>namespace:tag</c>: files having the tag, with siblings and parents applied.</summary>
public sealed record TagPredicate(string Tag) : SearchPredicate;

/// <summary><c>namespace:*</c>: files having any tag in the namespace.</summary>
public sealed record NamespacePredicate(string Namespace) : SearchPredicate;

/// <summary>
/// <c>*wild*card*</c>: files having a tag whose subtag matches the pattern (<c>*</c> is any run of characters).
/// A null <see cref="NamespacePattern"/> means any namespace.
/// </summary>
public sealed record WildcardPredicate(string? NamespacePattern, string SubtagPattern) : SearchPredicate;

/// <summary><c>a OR b</c>: files matching at least one alternative.</summary>
public sealed record OrPredicate(EquatableArray<SearchPredicate> Alternatives) : SearchPredicate;

/// <summary><c>-x</c>: files not matching <see cref="Inner"/>.</summary>
public sealed record NotPredicate(SearchPredicate Inner) : SearchPredicate;
