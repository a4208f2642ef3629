using System;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Names
{
    /// <summary>How strongly the noun at the end of a name identifies a person.</summary>
    internal enum IdentifierNoun
    {
        None,

        /// <summary>Id or Name: identifies a person only when an audience word qualifies it.</summary>
        Generic,

        /// <summary>Email, Handle, Username …: identifies a person by itself.</summary>
        Personal,
    }

    /// <summary>What an identifier is: what a finding tells about the person it identifies (its data category, §10).</summary>
    internal enum IdentifierKind
    {
        /// <summary>An id, a link to a profile, or no identifier noun at all (a user entity, a row about people).</summary>
        Id,

        Email,

        Phone,

        /// <summary>A handle, user name, login or display name: the account's.</summary>
        AccountName,

        /// <summary>A full name, or a name no account word qualifies: the person's.</summary>
        PersonName,
    }

    /// <summary>
    /// The nouns that name an identifier of a person (privacy model §4.3), as words; the last word may be plural. The
    /// audience classifier reads them at the end of member names, findings name their data category by them, and the
    /// count fix drops them from the name of the count it writes (<c>FollowerEmails</c> becomes <c>FollowerCount</c>).
    /// </summary>
    internal static class IdentifierNouns
    {
        /// <summary>Nouns that identify a person by themselves, whoever qualifies them, with what they are; longest first.</summary>
        private static readonly ImmutableArray<(ImmutableArray<string> Noun, IdentifierKind Kind)> PersonalKinds = ImmutableArray.Create(
            Noun("Phone Number", IdentifierKind.Phone),
            Noun("Email Address", IdentifierKind.Email),
            Noun("Profile Url", IdentifierKind.Id),
            Noun("Avatar Url", IdentifierKind.Id),
            Noun("Display Name", IdentifierKind.AccountName),
            Noun("Full Name", IdentifierKind.PersonName),
            Noun("Nick Name", IdentifierKind.AccountName),
            Noun("Username", IdentifierKind.AccountName),
            Noun("Handle", IdentifierKind.AccountName),
            Noun("Email", IdentifierKind.Email),
            Noun("Phone", IdentifierKind.Phone),
            Noun("Nickname", IdentifierKind.AccountName),
            Noun("Login", IdentifierKind.AccountName));

        /// <summary>Nouns that identify a person by themselves, whoever qualifies them; longest first.</summary>
        public static readonly ImmutableArray<ImmutableArray<string>> Personal = PersonalKinds.Select(noun => noun.Noun).ToImmutableArray();

        private static readonly ImmutableArray<string> NameNoun = ImmutableArray.Create("Name");

        /// <summary>Nouns that identify a person only when an audience word qualifies them (ViewerId, but VideoId).</summary>
        public static readonly ImmutableArray<ImmutableArray<string>> Generic = ImmutableArray.Create(ImmutableArray.Create("Id"), NameNoun);

        /// <summary>The generic account words: on its own one names the subject's account, not other people.</summary>
        public static readonly ImmutableArray<string> GenericPersonWords = ImmutableArray.Create("User", "Account", "Profile");

        /// <summary>
        /// Member names that identify a person inside a row about people: a personal noun on its own (<c>Handle</c>,
        /// <c>EmailAddress</c>) or the account's id or name (<c>UserId</c>, <c>AccountName</c>). <c>Login</c> alone has never
        /// counted in a row; see docs/privacy-model.md §4.5.
        /// </summary>
        public static readonly ImmutableHashSet<string> RowIdentityNames = Personal
            .Where(noun => !(noun.Length == 1 && noun[0] == "Login"))
            .Concat(GenericPersonWords.SelectMany(person => Generic.Select(noun => noun.Insert(0, person))))
            .Select(noun => string.Concat(noun))
            .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

        /// <summary>The last word of every noun (Id, Name, Email, Number, Url …), which ends an identifier's name.</summary>
        public static readonly ImmutableArray<string> LastWords = Personal.Concat(Generic)
            .Select(noun => noun[noun.Length - 1])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();

        /// <summary>
        /// What the identifier noun a name ends with is: <c>SubscriberEmails</c> an e-mail, <c>NewFollowerHandles</c> an
        /// account name, <c>UserName</c> too (the account's name), <c>FullName</c> a person's name; an id otherwise.
        /// </summary>
        public static IdentifierKind KindAtEnd(NameWords words)
        {
            foreach (var (noun, kind) in PersonalKinds)
            {
                if (EndsWith(words, noun, out _))
                {
                    return kind;
                }
            }

            return EndsWith(words, NameNoun, out var start)
                ? (start > 0 && NameWords.IsAny(words[start - 1], GenericPersonWords) ? IdentifierKind.AccountName : IdentifierKind.PersonName)
                : IdentifierKind.Id;
        }

        /// <summary>Whether the name ends with one of the nouns, and where that noun starts.</summary>
        public static bool EndsWithAny(NameWords words, ImmutableArray<ImmutableArray<string>> nouns, out int start)
        {
            foreach (var noun in nouns)
            {
                if (EndsWith(words, noun, out start))
                {
                    return true;
                }
            }

            start = -1;
            return false;
        }

        private static bool EndsWith(NameWords words, ImmutableArray<string> noun, out int start)
        {
            start = words.Count - noun.Length;
            if (start < 0)
            {
                return false;
            }

            for (var i = 0; i < noun.Length - 1; i++)
            {
                if (!NameWords.Is(words[start + i], noun[i]))
                {
                    return false;
                }
            }

            return NameWords.IsOrPlural(words.Last, noun[noun.Length - 1]);
        }

        private static (ImmutableArray<string> Noun, IdentifierKind Kind) Noun(string noun, IdentifierKind kind) => (noun.Split(' ').ToImmutableArray(), kind);


    }
}
