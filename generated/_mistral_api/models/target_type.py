from enum import StrEnum


class TargetType(StrEnum):
    ADMIN_API_KEY = "ADMIN_API_KEY"
    AGENT = "AGENT"
    API_KEY = "API_KEY"
    API_KEY_POLICY = "API_KEY_POLICY"
    APP = "APP"
    AUTO_RECHARGE = "AUTO_RECHARGE"
    BATCH_JOB = "BATCH_JOB"
    BILLING_INFO = "BILLING_INFO"
    CONNECTORS_DEBUGGER = "CONNECTORS_DEBUGGER"
    CONNECTORS_GATEWAY = "CONNECTORS_GATEWAY"
    CRAWLER_CONFIG = "CRAWLER_CONFIG"
    CUSTOM_VOICE = "CUSTOM_VOICE"
    DATASET = "DATASET"
    DATA_CAPTURE_EXTRACT_JOB = "DATA_CAPTURE_EXTRACT_JOB"
    DEPLOYMENT = "DEPLOYMENT"
    DOMAIN = "DOMAIN"
    FEATURE_PERMISSION = "FEATURE_PERMISSION"
    FINE_TUNING_JOB = "FINE_TUNING_JOB"
    INTEGRATION = "INTEGRATION"
    INVOICE = "INVOICE"
    KNOWLEDGE_BASE = "KNOWLEDGE_BASE"
    LE_CHAT_CONVERSATION = "LE_CHAT_CONVERSATION"
    LE_CHAT_DATA = "LE_CHAT_DATA"
    LE_CHAT_FLASH_ANSWERS = "LE_CHAT_FLASH_ANSWERS"
    LE_CHAT_LOCALISATION = "LE_CHAT_LOCALISATION"
    LE_CHAT_MEMORIES = "LE_CHAT_MEMORIES"
    LIBRARY = "LIBRARY"
    LIBRARY_DOCUMENT = "LIBRARY_DOCUMENT"
    MONTHLY_LIMIT = "MONTHLY_LIMIT"
    ORGANIZATION = "ORGANIZATION"
    PAYMENT_METHOD = "PAYMENT_METHOD"
    PERSISTENT_VOLUME = "PERSISTENT_VOLUME"
    PROMPT = "PROMPT"
    RATE_LIMIT_RULE = "RATE_LIMIT_RULE"
    SECRET = "SECRET"
    SECRET_STORE_ENTRY = "SECRET_STORE_ENTRY"
    SERVICE = "SERVICE"
    SERVICE_ACCOUNT = "SERVICE_ACCOUNT"
    SHARED_BUDGET = "SHARED_BUDGET"
    SHARED_RESOURCE = "SHARED_RESOURCE"
    SKILL = "SKILL"
    SUBSCRIPTION = "SUBSCRIPTION"
    TRUSTED_ISSUER = "TRUSTED_ISSUER"
    USER = "USER"
    USER_GROUP = "USER_GROUP"
    WALLET = "WALLET"
    WORKSPACE = "WORKSPACE"
    WORKSPACE_MONTHLY_LIMIT = "WORKSPACE_MONTHLY_LIMIT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TargetType | None":
        # Open enum (mistral-client templates/str_enum.py.jinja): Mistral keeps adding values, so
        # a string this version does not know becomes a pseudo-member that keeps the value and
        # serialises back unchanged, instead of a ValueError.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
