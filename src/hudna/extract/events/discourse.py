"""Across clauses and sentences: the stages `find_events` runs after the per-trigger slot rules,
gathered from the modules that own them: `act_types` (types settled), `accusations` (charges
that name acts), `carried_parties` (doers carried over), `meetings` (meetings and agreements),
`listed_acts` (examples, lists under a lead, acts shared out by doer, tolls going on elsewhere)
and `kept_acts` (what is worth keeping)."""

from __future__ import annotations

from hudna.extract.events.accusations import _accusations as _accusations
from hudna.extract.events.accusations import _damning_statements as _damning_statements
from hudna.extract.events.act_types import _operations_of_states as _operations_of_states
from hudna.extract.events.act_types import _resolve_types as _resolve_types
from hudna.extract.events.act_types import _sieges_broken as _sieges_broken
from hudna.extract.events.act_types import _types_by_doer as _types_by_doer
from hudna.extract.events.carried_parties import _alluded_agents as _alluded_agents
from hudna.extract.events.carried_parties import _attributed_means as _attributed_means
from hudna.extract.events.carried_parties import _backing_means as _backing_means
from hudna.extract.events.carried_parties import _carry_subjects as _carry_subjects
from hudna.extract.events.carried_parties import (
    _carry_to_next_sentence as _carry_to_next_sentence,
)
from hudna.extract.events.carried_parties import _claimed_acts as _claimed_acts
from hudna.extract.events.carried_parties import _fallen_to as _fallen_to
from hudna.extract.events.carried_parties import (
    _opening_subject_carried as _opening_subject_carried,
)
from hudna.extract.events.carried_parties import _operations_backed as _operations_backed
from hudna.extract.events.carried_parties import _parts_of_wide_acts as _parts_of_wide_acts
from hudna.extract.events.carried_parties import _same_doers as _same_doers
from hudna.extract.events.carried_parties import _supporters as _supporters
from hudna.extract.events.carried_parties import _their_means as _their_means
from hudna.extract.events.kept_acts import _about_the_theatre as _about_the_theatre
from hudna.extract.events.kept_acts import _any_act as _any_act
from hudna.extract.events.kept_acts import _backed_retold as _backed_retold
from hudna.extract.events.kept_acts import _background as _background
from hudna.extract.events.kept_acts import _battle_as_frame as _battle_as_frame
from hudna.extract.events.kept_acts import _joined_acts as _joined_acts
from hudna.extract.events.kept_acts import _lead_up as _lead_up
from hudna.extract.events.kept_acts import _means_of_act_before as _means_of_act_before
from hudna.extract.events.kept_acts import _sports_report as _sports_report
from hudna.extract.events.kept_acts import _tally as _tally
from hudna.extract.events.kept_acts import _within_one_side as _within_one_side
from hudna.extract.events.kept_acts import _worth_keeping as _worth_keeping
from hudna.extract.events.listed_acts import _distributed as _distributed
from hudna.extract.events.listed_acts import _elided_places as _elided_places
from hudna.extract.events.listed_acts import _examples as _examples
from hudna.extract.events.listed_acts import _list_items as _list_items
from hudna.extract.events.listed_acts import _listed_nouns_share_place as _listed_nouns_share_place
from hudna.extract.events.listed_acts import _parts_hit as _parts_hit
from hudna.extract.events.listed_acts import _same_positions as _same_positions
from hudna.extract.events.meetings import _dated_by_participants as _dated_by_participants
from hudna.extract.events.meetings import _local_settlements as _local_settlements
from hudna.extract.events.meetings import _participants_joining as _participants_joining
from hudna.extract.events.meetings import _talks_of_agreement as _talks_of_agreement
