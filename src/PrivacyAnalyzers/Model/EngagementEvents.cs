using System;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Model
{
    /// <summary>What kind of engagement an event is. Ordered: when a name says both, negative wins.</summary>
    internal enum EngagementKind
    {
        None,

        /// <summary>Download, save, view, visit …: the creator sees a count, not who.</summary>
        Private,

        /// <summary>Unlike, unfollow, unsubscribe, block …: nobody is notified.</summary>
        Negative,
    }

    /// <summary>Where a name stands decides which verbs count: "Save" is an event in VideoSaved, not in SaveChanges.</summary>
    internal enum NameRole
    {
        /// <summary>Type names, enum members, constants: every event verb counts.</summary>
        TypeOrMember,

        /// <summary>Method names: "Save" is too common there (SaveChanges) to mean an event.</summary>
        Method,
    }

    /// <summary>Reads engagement events out of names: <c>VideoUnliked</c>, <c>RemoveReactionAsync</c>, <c>LikeRemoved</c>, <c>OnDownload</c>.</summary>
    internal sealed class EngagementEvents
    {
        private static readonly string[] RemovalVerbs = { "Remove", "Delete", "Cancel", "Undo", "Revoke", "Withdraw" };

        /// <summary>What every inflection of a removal verb starts with: the verb, less a final 'e' (Removing, Deleted).</summary>
        private static readonly string[] RemovalStems = Array.ConvertAll(
            RemovalVerbs, verb => verb.EndsWith("e", StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 1) : verb);

        /// <summary>The engagement records whose removal is a negative event (RemoveLike, db.Likes.Remove, LikeRemoved).</summary>
        public static readonly ImmutableArray<string> EngagementNouns = ImmutableArray.Create(
            "Like", "Follow", "Follower", "Subscription", "Favorite", "Favourite", "Bookmark", "Reaction", "Vote", "Save");

        /// <summary>Words that turn a verb into part of a noun: a ViewModel is not a view, a ViewComponent neither.</summary>
        private static readonly ImmutableArray<string> NounCompoundHeads = ImmutableArray.Create("Model", "Component", "Bag", "Data", "State", "Port", "Size", "Count");

        private const string MethodExcludedVerb = "Save";

        private readonly PrivacyPolicy _policy;

        // The words that can make a name an event, to rule most names out without splitting them: an event verb alone
        // (VideoUnliked), a removal verb only with an engagement record (RemoveLike), so that CancellationToken, on
        // every async method, is ruled out by its "Cancel" alone.
        private readonly WordStarts _eventVerbs;
        private readonly WordStarts _removalVerbs;
        private readonly WordStarts _engagementNouns;

        // The names that may hold an event word repeat (a message type in every handler, an enum member in every switch,
        // LikeAsync in every service): each is read once. The others never reach a cache, so it fills with few names.
        private readonly Cache<string, EngagementKind> _typeOrMemberNames;
        private readonly Cache<string, EngagementKind> _methodNames;

        public EngagementEvents(PrivacyPolicy policy)
        {
            _policy = policy;
            _eventVerbs = new WordStarts(policy.NegativeEvents.Concat(policy.PrivateEvents));
            _removalVerbs = new WordStarts(RemovalVerbs);
            _engagementNouns = new WordStarts(EngagementNouns);
            _typeOrMemberNames = new(name => Compute(name, NameRole.TypeOrMember), StringComparer.Ordinal);
            _methodNames = new(name => Compute(name, NameRole.Method), StringComparer.Ordinal);
        }

        public EngagementKind Classify(string name, NameRole role)
        {
            if (!MayNameEvent(name))
            {
                return EngagementKind.None;
            }

            return role == NameRole.Method ? _methodNames[name] : _typeOrMemberNames[name];
        }

        /// <summary>An event verb alone makes an event; a removal verb only with an engagement record (RemoveLike).</summary>
        private bool MayNameEvent(string name) =>
            _eventVerbs.MayHoldWord(name) || (_removalVerbs.MayHoldWord(name) && _engagementNouns.MayHoldWord(name));

        private EngagementKind Compute(string name, NameRole role)
        {
            var words = NameWords.Split(name);
            var kind = EngagementKind.None;
            for (var i = 0; i < words.Count && kind != EngagementKind.Negative; i++)
            {
                // Only a word of the vocabulary (an event verb, a removal verb, an engagement record) makes the name an
                // event, alone or with its neighbour; the rest are passed over before any list is searched.
                if (!MayBeVocabularyWord(words[i]) || IsNounCompound(words, i))
                {
                    continue;
                }

                var word = words[i];
                if (IsRemovalOfEngagement(words, i) || MatchesAny(word, _policy.NegativeEvents, role))
                {
                    kind = EngagementKind.Negative;
                }
                else if (MatchesAny(word, _policy.PrivateEvents, role))
                {
                    kind = EngagementKind.Private;
                }
            }

            return kind;
        }

        private bool MayBeVocabularyWord(string word) =>
            _eventVerbs.MayBeWord(word) || _removalVerbs.MayBeWord(word) || _engagementNouns.MayBeWord(word);

        /// <summary>The engagement record a name is about (Likes → Like, FollowRepository → Follow), or null.</summary>
        public static string? EngagementRecordIn(string name)
        {
            foreach (var word in NameWords.Split(name).Words)
            {
                foreach (var noun in EngagementNouns)
                {
                    if (NameWords.IsOrPlural(word, noun))
                    {
                        return noun;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a name can hold a removal verb at all (Remove, Deleted, Cancelling, UndoLike, Revoked, Withdraw), checked
        /// on the raw text before the name is split: most method names hold none.
        /// </summary>
        public static bool MayHoldRemovalVerb(string name)
        {
            foreach (var stem in RemovalStems)
            {
                if (name.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsRemovalVerb(string word)
        {
            foreach (var verb in RemovalVerbs)
            {
                if (EventVerbs.IsInflectionOf(word, verb))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MatchesAny(string word, ImmutableArray<string> verbs, NameRole role)
        {
            foreach (var verb in verbs)
            {
                if (role == NameRole.Method && string.Equals(verb, MethodExcludedVerb, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (EventVerbs.IsInflectionOf(word, verb))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>RemoveLike, CancelSubscription (verb then record) or LikeRemoved, SubscriptionCancelled (record then participle).</summary>
        private static bool IsRemovalOfEngagement(NameWords words, int i)
        {
            if (i + 1 >= words.Count)
            {
                return false;
            }

            return (IsRemovalVerb(words[i]) && NameWords.IsAnyOrPlural(words[i + 1], EngagementNouns))
                || (NameWords.IsAnyOrPlural(words[i], EngagementNouns) && IsRemovalVerb(words[i + 1]));
        }

        private static bool IsNounCompound(NameWords words, int i) =>
            i + 1 < words.Count && NameWords.IsAnyOrPlural(words[i + 1], NounCompoundHeads);
    }
}
