//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::serialize`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerializeParams {
    pub serialize2: ::std::option::Option<::std::string::String>,
    pub serialize3: ::std::option::Option<::std::string::String>,
    pub serialize4: ::std::option::Option<::std::string::String>,
}
impl SerializeParams {
    /// Sets `serialize2`.
    #[must_use]
    pub fn serialize2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serialize2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serialize3`.
    #[must_use]
    pub fn serialize3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serialize3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serialize4`.
    #[must_use]
    pub fn serialize4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serialize4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::serialize`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerializeOkHeaders {
    pub serialize: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::serialize`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerializeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SerializeOkHeaders },
}
/// Documented error responses of [`super::Client::serialize`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerializeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::serialize_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SerializePostError {}
impl super::Client {
    /// */ operation Serialize "#
    ///
    /// `GET /op138/{Serialize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serialize(
        &self,
        serialize: &str,
        params: &SerializeParams,
    ) -> ::std::result::Result<SerializeResponse, super::Error<SerializeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op138/");
        url.push_str(
            &super::runtime::path_param(
                "Serialize",
                &super::runtime::to_value("Serialize", &serialize)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.serialize2 {
            let v = super::runtime::to_value("Serialize", v)?;
            super::runtime::push_param(&mut query, "Serialize", &v, "form", true);
        }
        if let Some(v) = &params.serialize3 {
            let v = super::runtime::to_value("Serialize", v)?;
            headers.push(("Serialize", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.serialize4 {
            let v = super::runtime::to_value("Serialize", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Serialize", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[138usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("serialize", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Serialize", method = "GET", path =
            "/op138/{Serialize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serialize", status, &response_headers);
        match status {
            200 => {
                let headers = SerializeOkHeaders {
                    serialize: super::runtime::optional_header(
                        &response_headers,
                        "Serialize",
                        status,
                    )?,
                };
                Ok(SerializeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SerializeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SerializeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SerializeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op138/{Serialize}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn serialize_post(
        &self,
        serialize: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<SerializePostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op138/");
        url.push_str(
            &super::runtime::path_param(
                "Serialize",
                &super::runtime::to_value("Serialize", &serialize)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("serialize_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Serialize_post", method = "POST", path =
            "/op138/{Serialize}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("serialize_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SerializePostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
