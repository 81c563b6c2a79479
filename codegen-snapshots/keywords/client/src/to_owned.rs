//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::to_owned`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToOwnedParams {
    pub to_owned2: ::std::option::Option<::std::string::String>,
    pub to_owned3: ::std::option::Option<::std::string::String>,
    pub to_owned4: ::std::option::Option<::std::string::String>,
}
impl ToOwnedParams {
    /// Sets `to_owned2`.
    #[must_use]
    pub fn to_owned2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_owned2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to_owned3`.
    #[must_use]
    pub fn to_owned3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_owned3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to_owned4`.
    #[must_use]
    pub fn to_owned4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_owned4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::to_owned`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToOwnedOkHeaders {
    pub to_owned: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::to_owned`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToOwnedResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ToOwnedOkHeaders },
}
/// Documented error responses of [`super::Client::to_owned`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToOwnedError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::to_owned_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToOwnedPostError {}
impl super::Client {
    /// */ operation ToOwned "#
    ///
    /// `GET /op126/{ToOwned}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn to_owned(
        &self,
        to_owned: &str,
        params: &ToOwnedParams,
    ) -> ::std::result::Result<ToOwnedResponse, super::Error<ToOwnedError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op126/");
        url.push_str(
            &super::runtime::path_param(
                "ToOwned",
                &super::runtime::to_value("ToOwned", &to_owned)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.to_owned2 {
            let v = super::runtime::to_value("ToOwned", v)?;
            super::runtime::push_param(&mut query, "ToOwned", &v, "form", true);
        }
        if let Some(v) = &params.to_owned3 {
            let v = super::runtime::to_value("ToOwned", v)?;
            headers.push(("ToOwned", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.to_owned4 {
            let v = super::runtime::to_value("ToOwned", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "ToOwned", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[126usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("to_owned", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "ToOwned", method = "GET", path =
            "/op126/{ToOwned}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("to_owned", status, &response_headers);
        match status {
            200 => {
                let headers = ToOwnedOkHeaders {
                    to_owned: super::runtime::optional_header(
                        &response_headers,
                        "ToOwned",
                        status,
                    )?,
                };
                Ok(ToOwnedResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ToOwnedError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ToOwnedError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ToOwnedError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op126/{ToOwned}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn to_owned_post(
        &self,
        to_owned: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ToOwnedPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op126/");
        url.push_str(
            &super::runtime::path_param(
                "ToOwned",
                &super::runtime::to_value("ToOwned", &to_owned)?,
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
            .run_request_hooks("to_owned_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "ToOwned_post", method = "POST", path =
            "/op126/{ToOwned}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("to_owned_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ToOwnedPostError,
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
