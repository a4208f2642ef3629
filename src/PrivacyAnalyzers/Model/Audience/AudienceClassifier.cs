using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Subject versus audience (privacy model §4): whether a member of a creator-facing type identifies
    /// audience members, and by which path (<c>Downloads[].UserId</c>).
    /// </summary>
    internal sealed class AudienceClassifier
    {
        /// <summary>Members that make a row content rather than a person: what it says.</summary>
        private static readonly ImmutableArray<string> ContentNames = ImmutableArray.Create("Text", "Content", "Body", "Title", "Caption", "Message");

        private readonly NameVocabulary _names;
        private readonly TypeShapes _shapes;
        private readonly PrivacyPolicy _policy;
        private readonly RowWalker _rows;
        private readonly Cache<ITypeSymbol, bool> _userEntities;
        private readonly Cache<ITypeSymbol, string?> _singleRowIdentifiers;
        private readonly Cache<ITypeSymbol, bool> _personRows;

        public AudienceClassifier(PrivacyPolicy policy, NameVocabulary names, TypeShapes shapes, CreatorFacingSurfaces surfaces)
        {
            _userEntities = new(ComputeIsUserEntity, SymbolEqualityComparer.Default);
            _singleRowIdentifiers = new(FindSingleRowIdentifier, SymbolEqualityComparer.Default);
            _personRows = new(ComputeDescribesPerson, SymbolEqualityComparer.Default);
            _policy = policy;
            _names = names;
            _shapes = shapes;
            _rows = new RowWalker(shapes, surfaces, IsUserEntity, ClassifyRowMember);
        }

        /// <summary>
        /// The path by which a top-level member of a creator-facing type identifies audience members, or null
        /// when it is the subject's own data or an aggregate.
        /// </summary>
        public string? FindAudienceIdentifier(ISymbol member, ITypeSymbol type)
        {
            if (!_names.TryReadJudged(member, out var name, out var markers))
            {
                return null;
            }

            if ((markers & MemberMarkers.PersonalData) != 0 || IsAudienceIdentifier(name, type))
            {
                return member.Name;
            }

            // A collection of rows about people is other people whatever it is called; one person needs an audience name.
            var person = _rows.Find(type);
            return person is not null && (person.ThroughCollection || name.NamesAudience(isCollection: false))
                ? member.Name + person.Path
                : null;
        }

        /// <summary>
        /// The people a member holds in number (privacy model §4.7): a collection of audience identifiers
        /// (<c>List&lt;Guid&gt; LikerIds</c>, <c>Guid[] LikedBy</c>) or of rows about people (<c>List&lt;UserDto&gt; Followers</c>),
        /// with the path that reaches them; null for one person, the subject's data and aggregates.
        /// </summary>
        public string? FindPeople(ISymbol member, ITypeSymbol type)
        {
            if (!_names.TryReadJudged(member, out var name, out var markers))
            {
                return null;
            }

            if (_shapes.IsCollection(TypeShapes.Unwrap(type)) && ((markers & MemberMarkers.PersonalData) != 0 || IsAudienceIdentifier(name, type)))
            {
                return member.Name;
            }

            var person = _rows.Find(type);
            return person is { ThroughCollection: true } ? member.Name + person.Path : null;
        }

        /// <summary>
        /// The path by which a member of a row identifies a person (<c>UserName</c>, <c>ReactedBy.Email</c>), or null: a member
        /// the row walk takes as a person, or one whose type holds a person.
        /// </summary>
        public string? FindPersonInRow(ISymbol member, ITypeSymbol type)
        {
            switch (ClassifyRowMember(member, type))
            {
                case RowMember.Leaf:
                    return member.Name;
                case RowMember.Descend when _rows.Find(type) is { } person:
                    return member.Name + person.Path;
                default:
                    return null;
            }
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

            var inner = _singleRowIdentifiers[TypeShapes.Unwrap(type)];
            return inner is null ? null : source?.Name + "." + inner;
        }

        /// <summary>
        /// The first member of a single row that identifies an audience member (<c>TopFanUserId</c>), or null for
        /// collections and types that are not rows. It does not depend on where the payload came from, and many endpoints
        /// return the same row types (a <c>DailyCount</c> from every studio), so each row type is read once.
        /// </summary>
        private string? FindSingleRowIdentifier(ITypeSymbol type)
        {
            if (_shapes.IsCollection(type) || !_rows.IsRowType(type))
            {
                return null;
            }

            foreach (var member in RowWalker.PublicInstanceMembers(type))
            {
                var memberType = Symbols.MemberType(member);
                var inner = memberType is null || memberType.TypeKind == TypeKind.Error ? null : FindAudienceIdentifier(member, memberType);
                if (inner is not null)
                {
                    return inner;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a type describes one person: a user entity, or a row with a member of its own that identifies a person
        /// (<c>UserName</c>, <c>Handle</c>, <c>Email</c>, <c>DisplayName</c> …, or a marked one). A row with a <c>Text</c>,
        /// <c>Content</c>, <c>Body</c>, <c>Title</c>, <c>Caption</c> or <c>Message</c> is content, whose person is its author.
        /// </summary>
        public bool DescribesPerson(ITypeSymbol type) => _personRows[TypeShapes.Unwrap(type)];

        private bool ComputeDescribesPerson(ITypeSymbol type)
        {
            if (IsUserEntity(type))
            {
                return true;
            }

            if (!_rows.IsRowType(type))
            {
                return false;
            }

            var identifiesPerson = false;
            foreach (var member in RowWalker.PublicInstanceMembers(type))
            {
                if (Symbols.MemberType(member) is not { TypeKind: not TypeKind.Error } memberType || !_names.TryReadJudged(member, out var name, out var markers))
                {
                    continue;
                }

                // A post or a comment names its author, but it is content: its text is what it is about.
                if (TypeShapes.IsString(memberType) && NameWords.IsAny(name.Text, ContentNames))
                {
                    return false;
                }

                identifiesPerson |= (markers & MemberMarkers.PersonalData) != 0 || (name.IsIdentityRowName && IsIdentityValue(memberType));
            }

            return identifiesPerson;
        }

        /// <summary>The path through a collection to people in an unnamed value (<c>[].UserId</c>, <c>.Items[].Handle</c>), or null.</summary>
        public string? FindRowsOfPeople(ITypeSymbol type)
        {
            var person = _rows.Find(type);
            return person is { ThroughCollection: true } ? person.Path : null;
        }

        /// <summary>A user entity: an IdentityUser, a type marked [UserIdentifier], or a configured user type name.</summary>
        public bool IsUserEntity(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named
            && _userEntities[named.OriginalDefinition];

        private bool ComputeIsUserEntity(ITypeSymbol type)
        {
            foreach (var glob in _policy.UserTypes)
            {
                if (glob.MatchesName(type.Name, type))
                {
                    return true;
                }
            }

            // ASP.NET Core Identity's user is recognised by name, a team's user type by its marker.
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name == "IdentityUser" || PrivacyAttributes.MarksOwnType(current, PrivacyAttributes.UserIdentifier))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Rule 2: an audience name on an identifier-shaped type (string ViewerHandle, Guid[] LikedBy, List&lt;User&gt; Fans).</summary>
        private bool IsAudienceIdentifier(MemberName name, ITypeSymbol type)
        {
            // Most names name no audience whatever the shape: those are settled before the type is taken apart.
            if (!name.NamesAudience(isCollection: true))
            {
                return false;
            }

            type = TypeShapes.Unwrap(type);
            var elements = new List<(ITypeSymbol Element, string Segment)>();
            var isCollection = _shapes.TryGetElements(type, elements);
            if (!name.NamesAudience(isCollection))
            {
                return false;
            }

            if (!isCollection)
            {
                return IsIdentifierShaped(name, type);
            }

            foreach (var (element, segment) in elements)
            {
                if (IsIdentifierShaped(name, TypeShapes.Unwrap(element))
                    || (segment == TypeShapes.KeysSegment && name.IsKeyedByAudience && IsIdentityValue(element)))
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

            var isIdValue = TypeShapes.IsGuid(type) || _shapes.IsStronglyTypedId(type);
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
        /// Rules 3 and 4, for the walk through rows and wrappers: a member of a row identifies a person when it is marked,
        /// a <c>UserId</c>/<c>Handle</c>/<c>Email</c> … value, or an audience identifier; other members are walked into.
        /// </summary>
        private RowMember ClassifyRowMember(ISymbol member, ITypeSymbol memberType)
        {
            if (!_names.TryReadJudged(member, out var name, out var markers))
            {
                return RowMember.Skip;
            }

            return (markers & MemberMarkers.PersonalData) != 0
                || (name.IsIdentityRowName && IsIdentityValue(memberType))
                || IsAudienceIdentifier(name, memberType)
                ? RowMember.Leaf
                : RowMember.Descend;
        }

        private bool IsIdentityValue(ITypeSymbol type)
        {
            type = TypeShapes.Unwrap(type);
            return TypeShapes.IsString(type) || TypeShapes.IsGuid(type) || TypeShapes.IsIntegral(type)
                || _shapes.IsStronglyTypedId(type) || IsUserEntity(type);
        }
    }
}
