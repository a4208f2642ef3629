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

        private static readonly ImmutableArray<string> EmailWords = ImmutableArray.Create("Email", "Mail");
        private static readonly ImmutableArray<string> PhoneWords = ImmutableArray.Create("Phone", "Mobile", "Msisdn");
        private static readonly ImmutableArray<string> UsernameWords = ImmutableArray.Create("Username", "Handle", "Login", "Nickname");
        private static readonly ImmutableArray<string> IpWords = ImmutableArray.Create("Ip");

        /// <summary>
        /// What a path to people ends in: <c>Downloads[].UserId</c> is a unique id, <c>SubscriberEmails</c> an e-mail
        /// address, <c>NewFollowerHandles</c> an account's user name, <c>FullName</c> a person's name; a path to a user
        /// entity or row identifies by id.
        /// </summary>
        public static string OfIdentifierPath(string path)
        {
            // The last word says what the value is (ViewerMobileDeviceIds are ids); a trailing Address or Number says it of
            // the word before it (EmailAddress, PhoneNumber, IpAddress).
            var words = NameWords.Split(LastSegment(path)).Words;
            var last = words.Length - 1;
            if (last > 0 && (NameWords.IsOrPlural(words[last], "Address") || NameWords.IsOrPlural(words[last], "Number")))
            {
                last--;
            }

            if (last < 0)
            {
                return UniqueId;
            }

            var word = words[last];
            if (IsAny(word, EmailWords))
            {
                return Email;
            }

            if (IsAny(word, PhoneWords))
            {
                return Phone;
            }

            if (IsAny(word, UsernameWords))
            {
                return Username;
            }

            if (IsAny(word, IpWords))
            {
                return IpAddress;
            }

            // UserName and DisplayName are an account's; FirstName and FullName a person's.
            if (NameWords.IsOrPlural(word, "Name"))
            {
                return last > 0 && (NameWords.Is(words[last - 1], "User") || NameWords.Is(words[last - 1], "Display")) ? Username : PersonName;
            }

            return UniqueId;
        }

        /// <summary>Where a person is: an IP address (<c>LastViewerIp</c>) is a device's, anything else a precise location.</summary>
        public static string OfLocationPath(string path) =>
            OfIdentifierPath(path) == IpAddress ? IpAddress : PreciseLocation;

        /// <summary>The properties of a finding of <paramref name="category"/>, with <paramref name="others"/>.</summary>
        public static ImmutableDictionary<string, string?> Properties(string category, ImmutableDictionary<string, string?>? others = null) =>
            (others ?? ImmutableDictionary<string, string?>.Empty).SetItem(PropertyName, category);

        /// <summary>The member at the end of a path: <c>Likes = likes[].UserId</c> → <c>UserId</c>.</summary>
        private static string LastSegment(string path)
        {
            var start = path.LastIndexOfAny(SegmentEnds) + 1;
            return start < path.Length ? path.Substring(start) : path;
        }

        private static bool IsAny(string word, ImmutableArray<string> candidates)
        {
            foreach (var candidate in candidates)
            {
                if (NameWords.IsOrPlural(word, candidate))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
