using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Subject versus audience (privacy model §3): whether a member of a creator-facing type identifies
    /// audience members, and by which path (<c>Downloads[].UserId</c>).
    /// </summary>
    internal sealed class AudienceClassifier
    {
        /// <summary>How deep the walk goes through rows and wrappers; also stops self-referencing generics.</summary>
        private const int MaxDepth = 6;

        private readonly NameVocabulary _names;
        private readonly TypeShapes _shapes;
        private readonly CreatorFacingSurfaces _surfaces;
        private readonly PrivacyPolicy _policy;
        private readonly ConcurrentDictionary<ITypeSymbol, PersonPath?> _personPaths = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _userEntities = new(SymbolEqualityComparer.Default);

        public AudienceClassifier(PrivacyPolicy policy, NameVocabulary names, TypeShapes shapes, CreatorFacingSurfaces surfaces)
        {
            _policy = policy;
            _names = names;
            _shapes = shapes;
            _surfaces = surfaces;
        }

        /// <summary>
        /// The path by which a top-level member of a creator-facing type identifies audience members, or null
        /// when it is the subject's own data or an aggregate.
        /// </summary>
        public string? FindAudienceIdentifier(ISymbol member, ITypeSymbol type)
        {
            var name = _names.Read(member.Name);
            if (name.IsSubject || PrivacyAttributes.MarksNotPersonal(member))
            {
                return null;
            }

            if (PrivacyAttributes.MarksPersonalData(member) || IsAudienceIdentifier(name, type, new List<(ITypeSymbol, string)>()))
            {
                return member.Name;
            }

            // A collection of rows about people is other people whatever it is called; one person needs an audience name.
            var person = FindPerson(type, new Walk());
            return person is not null && (person.ThroughCollection || name.NamesAudience(isCollection: false))
                ? member.Name + person.Path
                : null;
        }

        /// <summary>
        /// PRIV005: the path by which what an endpoint returns identifies audience members, or null. A payload named by
        /// its source (a variable, property or method) is judged like a member of a creator-facing type; an unnamed one
        /// (<c>Select(v =&gt; new { v.UserId })</c>) only by its rows. A single row is judged member by member, like a
        /// creator-facing type.
        /// </summary>
        public string? FindInPayload(ISymbol? source, ITypeSymbol type)
        {
            var path = source is null ? FindRowsOfPeople(type) : FindAudienceIdentifier(source, type);
            if (path is not null)
            {
                return path;
            }

            type = TypeShapes.Unwrap(type);
            if (_shapes.TryGetElements(type, new List<(ITypeSymbol, string)>()) || !IsRowType(type))
            {
                return null;
            }

            foreach (var member in PublicInstanceMembers(type))
            {
                var memberType = MemberType(member);
                var inner = memberType is null || memberType.TypeKind == TypeKind.Error ? null : FindAudienceIdentifier(member, memberType);
                if (inner is not null)
                {
                    return source?.Name + "." + inner;
                }
            }

            return null;
        }

        private string? FindRowsOfPeople(ITypeSymbol type)
        {
            var person = FindPerson(type, new Walk());
            return person is { ThroughCollection: true } ? person.Path : null;
        }

        /// <summary>A user entity: an IdentityUser, a type marked [UserIdentifier], or a configured user type name.</summary>
        public bool IsUserEntity(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named
            && _userEntities.GetOrAdd(named.OriginalDefinition, ComputeIsUserEntity);

        private bool ComputeIsUserEntity(ITypeSymbol type)
        {
            foreach (var glob in _policy.UserTypes)
            {
                if (glob.MatchesName(type.Name, type))
                {
                    return true;
                }
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name == "IdentityUser" || PrivacyAttributes.Has(current, PrivacyAttributes.UserIdentifier))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Rule 2: an audience name on an identifier-shaped type (string ViewerHandle, Guid[] LikedBy, List&lt;User&gt; Fans).</summary>
        private bool IsAudienceIdentifier(MemberName name, ITypeSymbol type, List<(ITypeSymbol Element, string Segment)> elements)
        {
            type = TypeShapes.Unwrap(type);
            var isCollection = _shapes.TryGetElements(type, elements);
            if (!name.NamesAudience(isCollection))
            {
                return false;
            }

            if (!isCollection)
            {
                return IsIdentifierShaped(name, type);
            }

            foreach (var (element, _) in elements)
            {
                if (IsIdentifierShaped(name, TypeShapes.Unwrap(element)))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsIdentifierShaped(MemberName name, ITypeSymbol type)
        {
            if (IsUserEntity(type))
            {
                return true;
            }

            if (TypeShapes.IsString(type))
            {
                return name.NounIdentifiesAudience || (name.IsEngagedBy && name.Noun == IdentifierNoun.None);
            }

            var isIdValue = _shapes.IsGuid(type) || _shapes.IsStronglyTypedId(type);
            if (isIdValue && name.IsEngagedBy && name.Noun == IdentifierNoun.None)
            {
                return true;
            }

            // Numbers are aggregates unless named as ids: int UniqueViewers is fine, long TopFanUserId is not.
            return (isIdValue || TypeShapes.IsIntegral(type)) && name.Noun == IdentifierNoun.Generic
                && name.NounIdentifiesAudience && IsIdWord(name);
        }

        private static bool IsIdWord(MemberName name) =>
            name.Text.EndsWith("Id", System.StringComparison.OrdinalIgnoreCase)
            || name.Text.EndsWith("Ids", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Rules 3 and 4: the path from a type to something that identifies a person: the type is a user entity, an
        /// identity row, a collection of them, or a wrapper around one (PagedResult&lt;RecentViewer&gt;.Items).
        /// </summary>
        private PersonPath? FindPerson(ITypeSymbol type, Walk walk)
        {
            type = TypeShapes.Unwrap(type);
            if (_personPaths.TryGetValue(type, out var cached))
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
            var result = ComputePerson(type, walk);
            walk.Depth--;
            walk.Visiting.Remove(type);

            // A found path is real however it was found; "no person here" only holds when nothing was cut short.
            if (result is not null || !walk.WasCut)
            {
                _personPaths.TryAdd(type, result);
            }

            walk.WasCut |= cutBefore;
            return result;
        }

        private PersonPath? ComputePerson(ITypeSymbol type, Walk walk)
        {
            if (IsUserEntity(type))
            {
                return PersonPath.Itself;
            }

            var elements = new List<(ITypeSymbol Element, string Segment)>();
            if (_shapes.TryGetElements(type, elements))
            {
                foreach (var (element, segment) in elements)
                {
                    var inner = FindPerson(element, walk);
                    if (inner is not null)
                    {
                        return new PersonPath(segment + inner.Path, throughCollection: true);
                    }
                }

                return null;
            }

            if (type is INamedTypeSymbol { IsTupleType: true } tuple)
            {
                return FindPersonInMembers(tuple.TupleElements, walk);
            }

            return IsRowType(type) ? FindPersonInMembers(PublicInstanceMembers(type), walk) : null;
        }

        private bool IsRowType(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named
            && named.SpecialType == SpecialType.None
            && !TypeShapes.IsFrameworkType(named)
            // A nested creator-facing type is checked on its own; reporting it again here would say one leak twice.
            && !_surfaces.IsCreatorFacing(named);

        private PersonPath? FindPersonInMembers(IEnumerable<ISymbol> members, Walk walk)
        {
            var elements = new List<(ITypeSymbol Element, string Segment)>();
            foreach (var member in members)
            {
                var memberType = MemberType(member);
                if (memberType is null || memberType.TypeKind == TypeKind.Error)
                {
                    continue;
                }

                var name = _names.Read(member.Name);
                if (name.IsSubject || PrivacyAttributes.MarksNotPersonal(member))
                {
                    continue;
                }

                if (PrivacyAttributes.MarksPersonalData(member)
                    || (name.IsIdentityRowName && IsIdentityValue(memberType))
                    || IsAudienceIdentifier(name, memberType, elements))
                {
                    return new PersonPath("." + member.Name, throughCollection: false);
                }

                var inner = FindPerson(memberType, walk);
                if (inner is not null)
                {
                    return new PersonPath("." + member.Name + inner.Path, inner.ThroughCollection);
                }
            }

            return null;
        }

        private bool IsIdentityValue(ITypeSymbol type)
        {
            type = TypeShapes.Unwrap(type);
            return TypeShapes.IsString(type) || _shapes.IsGuid(type) || TypeShapes.IsIntegral(type)
                || _shapes.IsStronglyTypedId(type) || IsUserEntity(type);
        }

        private static IEnumerable<ISymbol> PublicInstanceMembers(ITypeSymbol type)
        {
            for (var current = type; current is not null && !TypeShapes.IsFrameworkType(current); current = current.BaseType)
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

        public static ITypeSymbol? MemberType(ISymbol member) => member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };

        /// <summary>The state of one walk: the types on the current path, and whether a cycle or the depth cut it.</summary>
        private sealed class Walk
        {
            public HashSet<ITypeSymbol> Visiting { get; } = new(SymbolEqualityComparer.Default);

            public int Depth { get; set; }

            public bool WasCut { get; set; }
        }

        private sealed class PersonPath
        {
            public static readonly PersonPath Itself = new(string.Empty, throughCollection: false);

            public PersonPath(string path, bool throughCollection)
            {
                Path = path;
                ThroughCollection = throughCollection;
            }

            public string Path { get; }

            public bool ThroughCollection { get; }
        }
    }
}
