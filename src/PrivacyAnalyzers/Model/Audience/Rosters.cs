using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Rosters (privacy model §4.7): lists of the people who engaged with one thing — likers, followers, subscribers,
    /// reactors, attendees — in what leaves the server. A count is an aggregate; the people are the leak.
    /// </summary>
    internal sealed class Rosters
    {
        /// <summary>Types named for an engagement that describe it to its recipient or inside the process, not a roster row.</summary>
        private static readonly ImmutableArray<string> NotRowWords = ImmutableArray.Create("Notification", "Event", "Message");

        private readonly Engagements _engagements;
        private readonly AudienceClassifier _audience;
        private readonly ResponseSurfaces _responses;
        private readonly TypeShapes _shapes;
        private readonly Cache<INamedTypeSymbol, string?> _engagementRows;

        public Rosters(Engagements engagements, AudienceClassifier audience, ResponseSurfaces responses, TypeShapes shapes)
        {
            _engagements = engagements;
            _audience = audience;
            _responses = responses;
            _shapes = shapes;
            _engagementRows = new(ComputeEngagementRow, SymbolEqualityComparer.Default);
        }

        /// <summary>
        /// What a member of a response type tells about who engaged: in a type named for an engagement (a like row, a page
        /// of followers), a member that identifies a person; elsewhere, a member named for an engagement that holds people
        /// (<c>Likers</c>, <c>Attendees</c>, <c>LikesCollection</c>). Null when it tells nothing, or the engagement is public.
        /// </summary>
        public Roster? FindInMember(ISymbol member, ITypeSymbol type, INamedTypeSymbol container)
        {
            // A list of engagement rows is told by the rows, whose members are reported.
            if (HoldsEngagementRows(type))
            {
                return null;
            }

            var rowEngagement = EngagementRowOf(container);
            if (rowEngagement is not null)
            {
                return !_engagements.IsPublic(rowEngagement) && _audience.FindPersonInRow(member, type) is { } person ? new Roster(rowEngagement, person) : null;
            }

            var engagement = _engagements.In(member.Name);
            if (engagement is null || _engagements.IsPublic(engagement))
            {
                return null;
            }

            return _audience.FindPeople(member, type) is { } people && IsPeopleOf(type, people) ? new Roster(engagement, people) : null;
        }

        /// <summary>
        /// What an endpoint returns, when it is a list of people (a collection, or a page of one) and the payload's source,
        /// its rows or the endpoint speak of an engagement (<c>GetLikers</c>, <c>{id}/followers</c>). A list of engagement
        /// rows is left to the rows, whose members are reported.
        /// </summary>
        /// <param name="source">What the payload is read from (a variable, member or method), or null.</param>
        /// <param name="type">The payload's type.</param>
        /// <param name="endpointEngagement">The engagement the endpoint's name or route speaks of, or null.</param>
        public Roster? FindInPayload(ISymbol? source, ITypeSymbol type, string? endpointEngagement)
        {
            type = TypeShapes.Unwrap(type);
            if (!IsList(type) || HoldsEngagementRows(type) || type is INamedTypeSymbol named && EngagementRowOf(named) is not null)
            {
                return null;
            }

            // The engagement is read from names, cheaply, before the rows are walked for people.
            var engagement = (source is null ? null : _engagements.In(source.Name)) ?? EngagementOfElements(type) ?? endpointEngagement;
            if (engagement is null || _engagements.IsPublic(engagement))
            {
                return null;
            }

            var people = source is null ? _audience.FindRowsOfPeople(type) : _audience.FindPeople(source, type);
            return people is null || !IsPeopleOf(type, people) ? null : new Roster(engagement, people);
        }

        /// <summary>Whether a payload of this type can be a roster: a collection, or a page of one. Cheaper than what the endpoint speaks of.</summary>
        public bool MayList(ITypeSymbol type) => IsList(TypeShapes.Unwrap(type));

        /// <summary>The engagement a name speaks of (<c>ReceiveLikers</c>, <c>followers</c>), or null.</summary>
        public string? EngagementIn(string name) => _engagements.In(name);

        /// <summary>An engagement the platform shows publicly (<c>privacy.public_engagements</c>): its rosters are no leak.</summary>
        public bool IsPublic(string engagement) => _engagements.IsPublic(engagement);

        /// <summary>
        /// The engagement an action speaks of by its name or its own route (<c>GetFollowers</c>, <c>{id}/favourited_by</c>),
        /// or null. The controller's name and route are not read: a <c>FollowController</c> also suggests whom to follow.
        /// </summary>
        public string? EngagementOfAction(IMethodSymbol action, IEnumerable<string> ownRouteTemplates)
        {
            var engagement = _engagements.In(action.Name);
            if (engagement is not null)
            {
                return engagement;
            }

            foreach (var template in ownRouteTemplates)
            {
                if (_engagements.In(template) is { } routed)
                {
                    return routed;
                }
            }

            return null;
        }

        /// <summary>The engagement a response type is named for (<c>LikeDto</c>, <c>PostReactResponse</c>, <c>FollowerPageDto</c>), or null.</summary>
        public string? EngagementRowOf(INamedTypeSymbol type) =>
            type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface ? _engagementRows[type.OriginalDefinition] : null;

        private string? ComputeEngagementRow(INamedTypeSymbol type)
        {
            if (!_responses.IsResponseType(type))
            {
                return null;
            }

            foreach (var word in NameWords.Split(type.Name).Words)
            {
                if (NameWords.IsAnyOrPlural(word, NotRowWords))
                {
                    return null;
                }
            }

            return _engagements.HeadOf(type.Name);
        }

        /// <summary>
        /// Whether the people a collection holds are its elements (<c>[].UserName</c>, <c>.Items[].Handle</c>), or people
        /// inside rows named for an engagement. A person inside another row — the author of each post in a list of posts
        /// (<c>[].Account.Username</c>) — is that content's subject, and the list is content, not a roster.
        /// </summary>
        private bool IsPeopleOf(ITypeSymbol type, string path)
        {
            var members = 0;
            for (var i = path.Length - 1; i >= 0 && !EndsCollectionSegment(path, i); i--)
            {
                if (path[i] == '.')
                {
                    members++;
                }
            }

            return members <= 1 || EngagementOfElements(type) is not null;
        }

        /// <summary>Whether a collection segment (<c>[]</c>, <c>.Keys</c>, <c>.Values</c>) ends at <paramref name="i"/>.</summary>
        private static bool EndsCollectionSegment(string path, int i) =>
            (path[i] == ']' && i > 0 && path[i - 1] == '[')
            || EndsWith(path, i, TypeShapes.KeysSegment)
            || EndsWith(path, i, TypeShapes.ValuesSegment);

        private static bool EndsWith(string path, int end, string segment) =>
            end + 1 >= segment.Length && string.CompareOrdinal(path, end + 1 - segment.Length, segment, 0, segment.Length) == 0;

        /// <summary>A collection, or a page of one: a generic type of the application over the rows (<c>PagedList&lt;T&gt;</c>).</summary>
        private bool IsList(ITypeSymbol type) =>
            _shapes.IsCollection(type)
            || (type is INamedTypeSymbol { IsGenericType: true } generic && !Symbols.IsFrameworkType(generic));

        private bool HoldsEngagementRows(ITypeSymbol type)
        {
            foreach (var element in Elements(type))
            {
                if (element is INamedTypeSymbol row && EngagementRowOf(row) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        private string? EngagementOfElements(ITypeSymbol type)
        {
            foreach (var element in Elements(type))
            {
                if (_engagements.In(element.Name) is { } engagement)
                {
                    return engagement;
                }
            }

            return null;
        }

        /// <summary>The element types of a collection, or the type arguments of a page, one level down.</summary>
        private IEnumerable<ITypeSymbol> Elements(ITypeSymbol type)
        {
            type = TypeShapes.Unwrap(type);
            var elements = new List<(ITypeSymbol Element, string Segment)>();
            if (_shapes.TryGetElements(type, elements))
            {
                foreach (var (element, _) in elements)
                {
                    yield return TypeShapes.Unwrap(element);
                }
            }
            else if (type is INamedTypeSymbol { IsGenericType: true } generic && !Symbols.IsFrameworkType(generic))
            {
                foreach (var argument in generic.TypeArguments)
                {
                    yield return argument;
                }
            }
        }
    }

    /// <summary>A roster found: the engagement it lists (Like, Follow) and the path to the people (<c>Likers</c>, <c>Users[].UserName</c>).</summary>
    internal sealed class Roster
    {
        public Roster(string engagement, string path)
        {
            Engagement = engagement;
            Path = path;
        }

        public string Engagement { get; }

        public string Path { get; }
    }
}
