from enum import StrEnum


class LagoEventType(StrEnum):
    API_AUDIO_CHARACTERS = "api_audio_characters"
    API_AUDIO_SECONDS = "api_audio_seconds"
    API_CONNECTORS = "api_connectors"
    API_LIBRARIES_AUDIO = "api_libraries_audio"
    API_LIBRARIES_PAGES = "api_libraries_pages"
    API_LIBRARIES_TOKENS = "api_libraries_tokens"
    API_PAGES = "api_pages"
    API_TOKENS = "api_tokens"
    DEPLOYMENT_TOKENS = "deployment_tokens"
    GPU_HOUR = "gpu_hour"
    RESERVED_INSTANCE = "reserved_instance"
    VIBE_AUDIO_CHARACTERS = "vibe_audio_characters"
    VIBE_AUDIO_SECONDS = "vibe_audio_seconds"
    VIBE_CONNECTORS = "vibe_connectors"
    VIBE_PAGES = "vibe_pages"
    VIBE_TOKENS = "vibe_tokens"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LagoEventType | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
