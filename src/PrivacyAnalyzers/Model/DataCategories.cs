using System.Collections.Immutable;
using PrivacyAnalyzers.Names;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The data category of a finding in the fideslang taxonomy (privacy model §10), which data-governance tools use
    /// for their inventories. Every finding carries it in its properties, which SARIF writes with the result.
    /// </summary>
    internal static class DataCategories
    {
        /// <summary>The diagnostic property that holds the category.</summary>
        public const string PropertyName = "DataCategory";

        public const string UniqueId = "user.unique_id";
        public const string Username = "user.account.username";
        public const string PersonName = "user.name";
        public const string Email = "user.contact.email";
        public const string Phone = "user.contact.phone_number";
        public const string PreciseLocation = "user.location.precise";
        public const string IpAddress = "user.device.ip_address";
        public const string MediaConsumption = "user.behavior.media_consumption";
        public const string SocialActivity = "user.social_activity";

        private static readonly char[] SegmentEnds = { '.', ']', ' ' };

        /// <summary>
        /// What a path to people ends in, by the identifier nouns of the model (§4.3): <c>Downloads[].UserId</c> is a unique
        /// id, <c>SubscriberEmails</c> an e-mail address, <c>NewFollowerHandles</c> an account's user name, <c>FullName</c> a
        /// person's name; a path to a user entity or row identifies by id.
        /// </summary>
        public static string OfIdentifierPath(string path) => IdentifierNouns.KindAtEnd(NameWords.Split(LastSegment(path))) switch
        {
            IdentifierKind.Email => Email,
            IdentifierKind.Phone => Phone,
            IdentifierKind.AccountName => Username,
            IdentifierKind.PersonName => PersonName,
            _ => UniqueId,
        };

        /// <summary>Where a person is: an IP address (<c>LastViewerIp</c>) is a device's, anything else a precise location (§5).</summary>
        public static string OfLocationPath(string path) =>
            PreciseLocations.IsIpAddressName(LastSegment(path)) ? IpAddress : PreciseLocation;

        /// <summary>
        /// The category of what a member's name says it holds about a person, whoever the person is: a personal identifier
        /// (<c>Email</c>, <c>ViewerHandles</c>), or a generic identifier or a location that a person word qualifies
        /// (<c>CreatorId</c>, <c>FollowerPostalCodes</c>; not <c>VideoId</c> or <c>VideoLatitude</c>, which are content's).
        /// Null when the name names nothing about a person. For the privacy map, which names the category of every member
        /// it lists, reported or not.
        /// </summary>
        public static string? OfMemberName(MemberName name)
        {
            if (PreciseLocations.IsLocationName(name.Text))
            {
                return name.NamesPerson ? OfLocationPath(name.Text) : null;
            }

            return name.Noun == IdentifierNoun.Personal || (name.Noun == IdentifierNoun.Generic && name.NamesPerson)
                ? OfIdentifierPath(name.Text)
                : null;
        }

        /// <summary>The properties of a finding of <paramref name="category"/>, with <paramref name="others"/>.</summary>
        public static ImmutableDictionary<string, string?> Properties(string category, ImmutableDictionary<string, string?>? others = null) =>
            (others ?? ImmutableDictionary<string, string?>.Empty).SetItem(PropertyName, category);

        /// <summary>The member at the end of a path: <c>Likes = likes[].UserId</c> → <c>UserId</c>.</summary>
        private static string LastSegment(string path)
        {
            var start = path.LastIndexOfAny(SegmentEnds) + 1;
            return start < path.Length ? path.Substring(start) : path;
        }
    }
}
