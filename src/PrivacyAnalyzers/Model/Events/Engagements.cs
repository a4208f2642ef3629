using System;
using System.Collections.Immutable;
using System.Linq;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Which engagement a name speaks of (privacy model §6.3): its records (<c>Likes</c>, <c>Reactions</c>,
    /// <c>Subscriptions</c>), the people who took part (<c>Likers</c>, <c>Followers</c>, <c>Attendees</c>), or the
    /// participle of "engaged by" (<c>LikedBy</c>, <c>favourited_by</c>). The answer is the engagement's verb (Like, React,
    /// Subscribe), so that the policy can name the engagements a platform shows publicly.
    /// </summary>
    internal sealed class Engagements
    {
        /// <summary>Engagements a roster can list besides the policy's private events: the public ones.</summary>
        private static readonly ImmutableArray<string> PublicVerbs = ImmutableArray.Create(
            "Like", "Follow", "Subscribe", "Share", "React", "Repost", "Reblog", "Renote", "Retweet", "Boost", "Upvote", "Vote",
            "Clap", "Attend", "Favourite", "Favorite", "Bookmark");

        /// <summary>Nouns whose verb is not their stem: a list of reactions lists who reacted.</summary>
        private static readonly ImmutableArray<(string Noun, string Verb)> IrregularNouns = ImmutableArray.Create(
            ("Reaction", "React"), ("Reactor", "React"), ("Subscription", "Subscribe"), ("Attendee", "Attend"), ("Attendance", "Attend"),
            ("Visitor", "Visit"));

        /// <summary>Words that end a type's name by saying what kind of type it is: <c>LikeDto</c>, <c>PostReactResponse</c>.</summary>
        private static readonly ImmutableArray<string> KindSuffixes = ImmutableArray.Create(
            "Dto", "Response", "View", "Model", "Vm", "Entity", "Item", "Row", "Record", "Info", "Resource", "Contract", "Schema",
            "Result", "Details", "Summary", "Page", "List", "Collection");

        private readonly ImmutableArray<string> _verbs;
        private readonly ImmutableArray<string> _publicEngagements;
        private readonly WordStarts _starts;

        // Member, type, method and route names repeat across a compilation; each is read once.
        private readonly Cache<string, string?> _byName;
        private readonly Cache<string, string?> _byTypeName;

        public Engagements(PrivacyPolicy policy)
        {
            // Negative events are left out: a list of blocked or muted accounts is the blocker's own, and nobody keeps a
            // list of who unliked.
            _verbs = PublicVerbs.Concat(policy.PrivateEvents).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
            _publicEngagements = policy.PublicEngagements;
            _starts = new WordStarts(_verbs.Concat(IrregularNouns.Select(noun => noun.Noun)));
            _byName = new(Compute, StringComparer.Ordinal);
            _byTypeName = new(ComputeHead, StringComparer.Ordinal);
        }

        /// <summary>
        /// The engagement a name speaks of by its records, its people or its participle (<c>Like</c> for <c>LikesCollection</c>,
        /// <c>GetLikedUsers</c>, <c>favourited_by</c>), or null. A bare verb is an action, not its people: <c>FollowUser</c>,
        /// <c>LikePost</c> name none.
        /// </summary>
        public string? In(string name) => _starts.MayHoldWord(name) ? _byName[name] : null;

        /// <summary>
        /// The engagement a type is named for: its head word, before the words that say what kind of type it is
        /// (<c>LikeDto</c>, <c>PostReactResponse</c>, <c>PaginatedFollowerResponseDto</c>); null for <c>WatchVideoViewModel</c>,
        /// whose head is the video.
        /// </summary>
        public string? HeadOf(string typeName) => _starts.MayHoldWord(typeName) ? _byTypeName[typeName] : null;

        /// <summary>An engagement the platform shows publicly (<c>privacy.public_engagements</c>): its rosters are no leak.</summary>
        public bool IsPublic(string engagement) => NameWords.IsAny(engagement, _publicEngagements);

        private string? Compute(string name)
        {
            var words = NameWords.Split(name);
            for (var i = 0; i < words.Count; i++)
            {
                // A count of likes, a follower count: an aggregate of the engagement, not its people.
                if (!_starts.MayBeWord(words[i]) || EngagementEvents.IsNounCompound(words, i))
                {
                    continue;
                }

                var verb = VerbOf(words[i], bareVerb: false);
                if (verb is not null)
                {
                    return verb;
                }
            }

            return null;
        }

        private string? ComputeHead(string typeName)
        {
            var words = NameWords.Split(typeName);
            var head = words.Count - 1;
            while (head > 0 && NameWords.IsAnyOrPlural(words[head], KindSuffixes))
            {
                head--;
            }

            return words.Count > 0 && _starts.MayBeWord(words[head]) ? VerbOf(words[head], bareVerb: true) : null;
        }

        /// <param name="word">One word of a name.</param>
        /// <param name="bareVerb">Whether the verb itself counts: it names a record at the head of a type's name (<c>LikeDto</c>).</param>
        private string? VerbOf(string word, bool bareVerb)
        {
            foreach (var (noun, verb) in IrregularNouns)
            {
                if (NameWords.IsOrPlural(word, noun))
                {
                    return verb;
                }
            }

            // Followings: the plural of a gerund used as a noun.
            var singular = word.Length > 4 && word.EndsWith("ings", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 1) : word;
            foreach (var verb in _verbs)
            {
                if ((EventVerbs.IsInflectionOf(singular, verb) && (bareVerb || singular.Length != verb.Length)) || IsAgentOf(word, verb))
                {
                    return verb;
                }
            }

            return null;
        }

        /// <summary>Liker, Followers, Subscriber, Viewers, Voter: the verb with -r or -er, and a plural -s.</summary>
        private static bool IsAgentOf(string word, string verb)
        {
            var length = word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? word.Length - 1 : word.Length;
            if (!NameWords.StartsWith(word, verb, verb.Length))
            {
                return false;
            }

            var suffix = length - verb.Length;
            return verb.EndsWith("e", StringComparison.OrdinalIgnoreCase)
                ? suffix == 1 && char.ToLowerInvariant(word[verb.Length]) == 'r'
                : suffix == 2 && char.ToLowerInvariant(word[verb.Length]) == 'e' && char.ToLowerInvariant(word[verb.Length + 1]) == 'r';
        }
    }
}
