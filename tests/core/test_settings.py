import unicodedata

import pytest

from core import errors
from core.services.settings import BACKUP_FOLDER, BACKUP_KEEP, RECIPIENTS, SIGNER_AUTHORITY


def test_a_new_database_gives_the_defaults(services):
    values = services.settings.all()
    assert values[BACKUP_KEEP] == 30
    assert values[BACKUP_FOLDER] == ""
    # No organisation-wide list: each committee's documents go to its own members by default.
    assert services.settings.lines(key=RECIPIENTS) == []


def test_values_come_back_typed_and_cleaned(services):
    typed = unicodedata.normalize("NFD", "  KT. TRƯỞNG  BAN ")
    services.settings.set_many(values={SIGNER_AUTHORITY: typed, BACKUP_KEEP: " 12 ",
                                       RECIPIENTS: "Như trên;\n\n\n  Sở Nội vụ; \nLưu: VT."})
    assert services.settings.get(key=SIGNER_AUTHORITY) == "KT. TRƯỞNG BAN"
    assert services.settings.get(key=BACKUP_KEEP) == 12
    assert services.settings.lines(key=RECIPIENTS) == ["Như trên;", "Sở Nội vụ;", "Lưu: VT."]


def test_a_bad_number_is_refused_and_nothing_of_the_save_is_stored(services):
    with pytest.raises(errors.ValidationError) as caught:
        services.settings.set_many(values={SIGNER_AUTHORITY: "T/L BAN THƯỜNG VỤ", BACKUP_KEEP: "ba"})
    assert caught.value.field == BACKUP_KEEP
    assert "Số bản sao lưu giữ lại" in caught.value.message()
    assert services.settings.get(key=SIGNER_AUTHORITY) == ""
    with pytest.raises(errors.ValidationError) as caught:
        services.settings.set(key=BACKUP_KEEP, value=0)
    assert "từ 1 đến 3650" in caught.value.message()


def test_a_value_spoiled_outside_the_program_falls_back_to_the_default(services, db):
    from core import models as m

    with db.transaction() as session:
        session.add(m.Setting(key=BACKUP_KEEP, value="nhiều"))
    assert services.settings.get(key=BACKUP_KEEP) == 30
