using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;

namespace PrivacyAnalyzers.Model
{
    /// <summary>How a <see cref="RowWalker"/> treats one public member of a row.</summary>
    internal enum RowMember
    {
        /// <summary>Not the data sought and not to be walked into (subject data, marked not personal, an error type).</summary>
        Skip,

        /// <summary>The data sought: the walk ends here.</summary>
        Leaf,

        /// <summary>Walk into the member's type (a nested row, a wrapper, a collection).</summary>
        Descend,
    }

    /// <summary>
    /// The walk through rows, tuples, wrappers and collections that every "what is inside this type" question shares
    /// (privacy model §4.5): from a type to the first leaf it holds, with the path that reaches it
    /// (<c>Downloads[].UserId</c>, <c>Viewers.Items[].Latitude</c>) and whether that path went through a collection.
    /// The classifier says what a leaf is: a leaf type (a user entity), or a leaf member (a user id, a latitude).
    /// Cycles (<c>class Node { List&lt;Node&gt; Children; }</c>) and self-referencing generics end the walk; results
    /// are cached per type for the compilation.
    /// </summary>
    internal sealed class RowWalker
    {
        /// <summary>How deep the walk goes through rows and wrappers; also stops self-referencing generics.</summary>
        private const int MaxDepth = 6;

        private readonly TypeShapes _shapes;
        private readonly CreatorFacingSurfaces _surfaces;
        private readonly Func<ITypeSymbol, bool> _isLeafType;
        private readonly Func<ISymbol, ITypeSymbol, RowMember> _classifyMember;
        private readonly ConcurrentDictionary<ITypeSymbol, RowPath?> _paths = new(SymbolEqualityComparer.Default);

        /// <param name="shapes">The collection shapes of the compilation.</param>
        /// <param name="surfaces">Creator-facing types, which are checked on their own and never walked into.</param>
        /// <param name="isLeafType">Whether a type is itself what the walk looks for.</param>
        /// <param name="classifyMember">What to do with a public member of a row, given its (non-error) type.</param>
        public RowWalker(
            TypeShapes shapes,
            CreatorFacingSurfaces surfaces,
            Func<ITypeSymbol, bool> isLeafType,
            Func<ISymbol, ITypeSymbol, RowMember> classifyMember)
        {
            _shapes = shapes;
            _surfaces = surfaces;
            _isLeafType = isLeafType;
            _classifyMember = classifyMember;
        }

        /// <summary>The path from <paramref name="type"/> to the first leaf it holds, or null when it holds none.</summary>
        public RowPath? Find(ITypeSymbol type)
        {
            type = TypeShapes.Unwrap(type);
            if (_paths.TryGetValue(type, out var cached))
            {
                return cached;
            }

            // A walk that starts at the type is its whole answer, even when a cycle or the depth cut it short: that is
            // what the type holds within reach. Only the types met inside a walk depend on the path that led to them.
            var result = Find(type, new Walk());
            _paths.TryAdd(type, result);
            return result;
        }

        /// <summary>
        /// A class, struct or interface of the application whose public members are data: a row. Framework types and types
        /// declared creator-facing are not rows (a nested creator-facing type reports its own members, so one leak is said
        /// once); a type creator-facing only by its namespace is.
        /// </summary>
        public bool IsRowType(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named
            && named.SpecialType == SpecialType.None
            && !Symbols.IsFrameworkType(named)
            && !_surfaces.IsDeclaredCreatorFacing(named);

        /// <summary>The public instance properties and fields of a row, inherited ones and those of its interfaces included.</summary>
        public static IEnumerable<ISymbol> PublicInstanceMembers(ITypeSymbol type)
        {
            for (var current = type; current is not null && !Symbols.IsFrameworkType(current); current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member.DeclaredAccessibility == Accessibility.Public && !member.IsStatic && IsDataMember(member))
                    {
                        yield return member;
                    }
                }
            }

            if (type.TypeKind == TypeKind.Interface)
            {
                foreach (var contract in type.AllInterfaces)
                {
                    foreach (var member in contract.GetMembers())
                    {
                        if (!member.IsStatic && IsDataMember(member))
                        {
                            yield return member;
                        }
                    }
                }
            }
        }

        private static bool IsDataMember(ISymbol member) =>
            member is IFieldSymbol { IsImplicitlyDeclared: false } or IPropertySymbol { IsIndexer: false };

        private RowPath? Find(ITypeSymbol type, Walk walk)
        {
            type = TypeShapes.Unwrap(type);
            if (_paths.TryGetValue(type, out var cached))
            {
                return cached;
            }

            if (walk.Depth >= MaxDepth || !walk.Visiting.Add(type))
            {
                walk.WasCut = true;
                return null;
            }

            walk.Depth++;
            var cutBefore = walk.WasCut;
            walk.WasCut = false;
            var result = Compute(type, walk);
            walk.Depth--;
            walk.Visiting.Remove(type);

            // A found path is real however it was found; "nothing here" only holds when nothing was cut short.
            if (result is not null || !walk.WasCut)
            {
                _paths.TryAdd(type, result);
            }

            walk.WasCut |= cutBefore;
            return result;
        }

        private RowPath? Compute(ITypeSymbol type, Walk walk)
        {
            if (_isLeafType(type))
            {
                return RowPath.Itself;
            }

            var elements = new List<(ITypeSymbol Element, string Segment)>();
            if (_shapes.TryGetElements(type, elements))
            {
                foreach (var (element, segment) in elements)
                {
                    var inner = Find(element, walk);
                    if (inner is not null)
                    {
                        return new RowPath(segment + inner.Path, throughCollection: true, inner.ThroughRow);
                    }
                }

                return null;
            }

            if (type is INamedTypeSymbol { IsTupleType: true } tuple)
            {
                return FindInMembers(tuple.TupleElements, walk);
            }

            return IsRowType(type) ? FindInMembers(PublicInstanceMembers(type), walk) : null;
        }

        private RowPath? FindInMembers(IEnumerable<ISymbol> members, Walk walk)
        {
            foreach (var member in members)
            {
                var memberType = Symbols.MemberType(member);
                if (memberType is null || memberType.TypeKind == TypeKind.Error)
                {
                    continue;
                }

                switch (_classifyMember(member, memberType))
                {
                    case RowMember.Leaf:
                        return new RowPath("." + member.Name, throughCollection: false, throughRow: true);
                    case RowMember.Descend:
                        var inner = Find(memberType, walk);
                        if (inner is not null)
                        {
                            return new RowPath("." + member.Name + inner.Path, inner.ThroughCollection, throughRow: true);
                        }

                        break;
                }
            }

            return null;
        }

        /// <summary>The state of one walk: the types on the current path, and whether a cycle or the depth cut it.</summary>
        private sealed class Walk
        {
            public HashSet<ITypeSymbol> Visiting { get; } = new(SymbolEqualityComparer.Default);

            public int Depth { get; set; }

            public bool WasCut { get; set; }
        }
    }

    /// <summary>Where a walk found its leaf: the path from the walked type, and whether it went through a collection.</summary>
    internal sealed class RowPath
    {
        public static readonly RowPath Itself = new(string.Empty, throughCollection: false, throughRow: false);

        public RowPath(string path, bool throughCollection, bool throughRow)
        {
            Path = path;
            ThroughCollection = throughCollection;
            ThroughRow = throughRow;
        }

        /// <summary><c>[].UserId</c>, <c>.Items[].Latitude</c>; empty when the walked type is itself the leaf.</summary>
        public string Path { get; }

        /// <summary>Rows inside a collection are other people whatever the collection is called.</summary>
        public bool ThroughCollection { get; }

        /// <summary>The leaf is a member of a row (<c>[].Latitude</c>), not the element type itself (<c>[]</c> of a <c>List&lt;GeoPoint&gt;</c>).</summary>
        public bool ThroughRow { get; }
    }
}
